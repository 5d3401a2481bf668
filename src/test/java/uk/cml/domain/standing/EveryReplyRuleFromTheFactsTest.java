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
                case WRITE_OFF_REPLY -> new ReplyRule.Days(45);
                default -> new ReplyRule.WorkingDays(7);
            };
            assertEquals(expected, rule, kind.name());
        }
    }

    @Test
    void aWriteOffReplyIsWatchedForTheThirtyDaysTheProposalAllows() {
        ReplyRule rule = new ReplyRuleBook(SeededFacts.published()).forKind(LetterKind.WRITE_OFF_REPLY, CMS,
                "Reply to CMS about writing off arrears");
        assertEquals(new ReplyRule.Days(30), rule);
        assertEquals("30 days", rule.words());
        // Delivered Wed 2 Dec 2026: 30 days is Fri 1 Jan 2027, a bank holiday, so Mon 4 Jan 2027.
        DueDate due = UkCalendar.englandAndWales().replyBy(LocalDate.of(2026, 12, 2), rule);
        assertEquals(LocalDate.of(2027, 1, 4), due.date());
        assertEquals(LocalDate.of(2027, 1, 1), due.counted());
    }
}
