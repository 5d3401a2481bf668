package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.Recipient;

/**
 * Every kind of letter is watched by a rule the facts table holds, so a fact the parent corrects on Settings changes
 * every date: no kind keeps a figure of its own. A reply to a proposal to write off arrears was watched by 15 working
 * days no fact held (and no source gives): the CMS decides once the days the proposal allows for the parent's reply
 * end (30 days, cms-facts), so the reply is watched for those days ({@code write_off.reply.days}) from when it
 * counts as delivered, never before they can have run out.
 */
class EveryReplyRuleFromTheFactsTest {

    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    static CmsFact fact(String key, String value) {
        return new CmsFact(key, key, value, "", Optional.empty());
    }

    /** Every figure changed from the published one, so a built-in figure shows. */
    static final CmsFacts CHANGED = new CmsFacts(List.of(fact("request.reply.working_days", "7"),
            fact("complaint.reply.working_days", "21"), fact("subject_access.months", "2"),
            fact("write_off.reply.days", "45")));

    @Test
    void everyKindCountsWithTheFacts() {
        ReplyRuleBook book = new ReplyRuleBook(CHANGED);
        for (LetterKind kind : LetterKind.values()) {
            ReplyRule rule = book.forKind(kind, CMS, kind.label());
            ReplyRule expected = switch (kind) {
                case COMPLAINT -> new ReplyRule.WorkingDays(21);
                case SUBJECT_ACCESS_REQUEST -> new ReplyRule.CalendarMonths(2);
                default -> new ReplyRule.WorkingDays(7);
            };
            assertEquals(expected, rule, kind.name());
        }
    }

    /**
     * A reply to a proposal to write off arrears waits for the CMS's decision once the proposal's days are over,
     * counted from the date on the CMS's letter (2 Nov 2026: 30 days end Wed 2 Dec), never from the reply's own
     * delivery (Tue 24 Nov, which gave Thu 24 Dec): the request rule's 10 working days after a letter posted on 2 Dec
     * counts as delivered (Fri 4 Dec), Fri 18 Dec, the date the app's own reply prints. Delivered after the days end
     * (Mon 7 Dec), 10 working days from its delivery (Mon 21 Dec). With no proposal known, the request rule.
     */
    @Test
    void aWriteOffReplyWaitsFromTheProposalsDaysNotItsOwnDelivery() {
        ReplyRuleBook book = new ReplyRuleBook(SeededFacts.published());
        UkCalendar calendar = SeededFacts.calendar();
        Optional<LocalDate> proposal = Optional.of(LocalDate.of(2026, 11, 2));
        ReplyRuleBook.DecisionAwaited inTime = book.writeOffDecision(calendar, LocalDate.of(2026, 11, 24), proposal);
        assertEquals(new ReplyRuleBook.DecisionAwaited(LocalDate.of(2026, 12, 18),
                Optional.of(LocalDate.of(2026, 12, 2)), true), inTime);
        ReplyRuleBook.DecisionAwaited late = book.writeOffDecision(calendar, LocalDate.of(2026, 12, 7), proposal);
        assertEquals(new ReplyRuleBook.DecisionAwaited(LocalDate.of(2026, 12, 21),
                Optional.of(LocalDate.of(2026, 12, 2)), false), late);
        assertEquals(LocalDate.of(2026, 12, 8),
                book.writeOffDecision(calendar, LocalDate.of(2026, 11, 24), Optional.empty()).date());
        assertEquals(new ReplyRule.WorkingDays(10), book.forKind(LetterKind.WRITE_OFF_REPLY, CMS,
                "Reply to CMS about writing off arrears"), "with no proposal known, the request rule");
        // A corrected figure moves it: 45 days from 2 Nov end Thu 17 Dec; posted then, delivered Mon 21 Dec;
        // 7 working days (25 and 28 Dec, 1 Jan bank holidays) is Mon 4 Jan 2027.
        assertEquals(LocalDate.of(2027, 1, 4), new ReplyRuleBook(CHANGED).writeOffDecision(calendar,
                LocalDate.of(2026, 11, 24), proposal).date());
    }
}
