package uk.cml.letters.templates;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The dates letters print, all from the one calendar. A reply-by date assumes the letter is posted first class on
 * the day it is dated; the app logs the written letter with exactly this date, so what the letter asks for and what
 * the app watches are the same date. Templates do no date arithmetic of their own.
 */
public final class ReplyDates {

    /** How a letter is assumed to be sent until the parent records its real posting. */
    public static final PostingMethod ASSUMED_POSTING = PostingMethod.FIRST_CLASS;
    /** The CMS's published target for a full reply to a complaint (OPFS). */
    public static final int COMPLAINT_WORKING_DAYS = 15;
    /** The seed: the CMS allows 30 days to answer a proposal to write off arrears. */
    public static final int WRITE_OFF_DAYS = 30;
    /** GOV.UK: the Independent Case Examiner takes a complaint within 6 months of the CMS's final response. */
    public static final int ICE_MONTHS = 6;

    private static final UkCalendar CALENDAR = UkCalendar.englandAndWales();

    /** What each letter is, for the log, and how long it gives for a reply (none: it asks for no reply by a date). */
    private record Reply(LetterKind kind, Optional<ReplyRule> rule) {
        Reply(LetterKind kind, ReplyRule rule) {
            this(kind, Optional.of(rule));
        }
    }

    private static final Map<String, Reply> REPLIES = Map.ofEntries(
            Map.entry("confirm-call", new Reply(LetterKind.FOLLOW_UP_TO_CALL, new ReplyRule.WorkingDays(10))),
            Map.entry("missed-direct-pay", new Reply(LetterKind.ARREARS_REPORT, new ReplyRule.WorkingDays(15))),
            Map.entry("collect-and-pay", new Reply(LetterKind.OTHER, new ReplyRule.WorkingDays(15))),
            // The seed's adviser: a breakdown can take up to 6 weeks.
            Map.entry("arrears-breakdown", new Reply(LetterKind.REQUEST_FOR_INFORMATION, new ReplyRule.Weeks(6))),
            Map.entry("subject-access", new Reply(LetterKind.REQUEST_FOR_INFORMATION,
                    new ReplyRule.CalendarMonths(1))),
            Map.entry("collection-complaint", new Reply(LetterKind.COMPLAINT,
                    new ReplyRule.WorkingDays(COMPLAINT_WORKING_DAYS))),
            Map.entry("senior-review", new Reply(LetterKind.COMPLAINT,
                    new ReplyRule.WorkingDays(COMPLAINT_WORKING_DAYS))),
            // ICE is asked only to confirm it has the complaint.
            Map.entry("ice-complaint", new Reply(LetterKind.COMPLAINT, new ReplyRule.WorkingDays(10))),
            Map.entry("write-off-reply", new Reply(LetterKind.REPLY, Optional.empty())),
            Map.entry("settlement-reply", new Reply(LetterKind.REPLY, new ReplyRule.WorkingDays(10))),
            Map.entry("chase-reply", new Reply(LetterKind.OTHER, new ReplyRule.WorkingDays(10))),
            Map.entry("other-parent", new Reply(LetterKind.OTHER, new ReplyRule.WorkingDays(10))));

    private ReplyDates() {
    }

    /** The kind the letters log records for a template's letter. */
    public static LetterKind kind(LetterTemplate template) {
        Reply reply = REPLIES.get(template.key());
        return reply == null ? LetterKind.OTHER : reply.kind();
    }

    /** The reply-by date the template prints for a letter of this date, or empty if it asks for none. */
    public static Optional<DueDate> printed(LetterTemplate template, LocalDate letterDate) {
        Reply reply = REPLIES.get(template.key());
        if (reply == null || reply.rule().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CALENDAR.replyBy(letterDate, ASSUMED_POSTING, Optional.empty(), reply.rule().get()));
    }

    /** The last day to answer a write-off proposal dated {@code proposal}; act by the date, the limit is counted. */
    public static DueDate writeOffLimit(LocalDate proposal) {
        return CALENDAR.parentDeadline(proposal, Period.ofDays(WRITE_OFF_DAYS), WRITE_OFF_DAYS
                + " days from the date of the CMS letter");
    }

    /** The last day for a complaint to reach the Independent Case Examiner after the final response. */
    public static DueDate iceLimit(LocalDate finalResponse) {
        return CALENDAR.parentDeadline(finalResponse, Period.ofMonths(ICE_MONTHS), ICE_MONTHS
                + " months from the CMS final response");
    }
}
