package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.standing.CmsFacts;

/**
 * The dates a letter prints, worked out by hand (the same cases as the page's HandWorkedDatesTest), so a letter and
 * Where it stands name the same day. A letter is taken to be posted first class on its date.
 */
class LetterDatesByHandTest {

    private static final uk.cml.domain.correspondence.Recipient CMS_HAND = new uk.cml.domain.correspondence.Recipient(
            Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ");

    private final UkCalendar calendar = SeededFacts.calendar();
    private final Deadlines deadlines = new Deadlines(calendar, SeededFacts.published());

    @Test
    @DisplayName("a complaint of Mon 14 Dec 2026: acknowledge by Fri 18 Dec, reply by Mon 11 Jan 2027")
    void complaintAcrossChristmasAndNewYear() {
        LocalDate letter = LocalDate.of(2026, 12, 14);
        assertEquals(LocalDate.of(2026, 12, 16), deadlines.deemedReceipt(letter));
        assertEquals(LocalDate.of(2026, 12, 18), deadlines.complaintAcknowledgeBy(letter));
        assertEquals(LocalDate.of(2027, 1, 11), deadlines.complaintReplyBy(letter));
    }

    @Test
    @DisplayName("subject access: received 31 Jan 2027 is due Mon 1 Mar, as February has no 31st and the 28th is a Sunday")
    void subjectAccessReceived31January() {
        assertEquals(LocalDate.of(2027, 3, 1), calendar.cmsDeadline(LocalDate.of(2027, 1, 31), Period.ofMonths(1),
                "subject access").date());
        // A request dated Thursday 28 January 2027 is received Monday 1 February: due Monday 1 March.
        assertEquals(LocalDate.of(2027, 3, 1), deadlines.subjectAccessDue(LocalDate.of(2027, 1, 28)));
        // One dated Wednesday 27 January is received Friday 29th: 29 February does not exist in 2027, so the 28th,
        // a Sunday, then Monday 1 March.
        assertEquals(LocalDate.of(2027, 3, 1), deadlines.subjectAccessDue(LocalDate.of(2027, 1, 27)));
        // Received Thursday 24 December 2026 (dated Tuesday 22nd): due Sunday 24 January, so Monday 25th.
        assertEquals(LocalDate.of(2027, 1, 25), deadlines.subjectAccessDue(LocalDate.of(2026, 12, 22)));
    }

    @Test
    @DisplayName("a subject access request logged by hand is given the month the letter prints, not 20 working days")
    void subjectAccessLoggedByHandAgreesWithTheLetter() {
        ReplyRule rule = new uk.cml.domain.standing.ReplyRuleBook(uk.cml.store.SeededFacts.published())
                .forKind(ReplyDates.kind(LetterTemplates.SUBJECT_ACCESS), CMS_HAND, "");
        assertEquals(new ReplyRule.CalendarMonths(1), rule);
        // Posted first class on Wednesday 9 December 2026: delivered Friday 11th; a month is Monday 11 January 2027.
        // Twenty working days (the old count for a request for information) run 14, 15, 16, 17, 18, 21, 22, 23, 24,
        // 29, 30, 31 December, 4, 5, 6, 7, 8, 11, 12, 13 January: Wednesday 13 January 2027, two days late.
        LocalDate posted = LocalDate.of(2026, 12, 9);
        LocalDate logged = calendar.replyBy(posted, PostingMethod.FIRST_CLASS, Optional.empty(), rule).date();
        assertEquals(LocalDate.of(2027, 1, 11), logged);
        assertEquals(deadlines.subjectAccessDue(posted), logged);
        assertEquals(LocalDate.of(2027, 1, 13), calendar.replyBy(posted, PostingMethod.FIRST_CLASS, Optional.empty(),
                new ReplyRule.WorkingDays(20)).date());
    }

    @Test
    @DisplayName("a decision of 31 Aug: reconsideration by 30 Sep; by Fri 29 Sep in 2028, when the 30th is a Saturday")
    void reconsiderationFrom31August() {
        assertEquals(LocalDate.of(2026, 9, 30), deadlines.mandatoryReconsiderationDue(LocalDate.of(2026, 8, 31))
                .date());
        assertEquals(LocalDate.of(2028, 9, 29), deadlines.mandatoryReconsiderationDue(LocalDate.of(2028, 8, 31))
                .date());
        assertEquals(LocalDate.of(2028, 9, 30), deadlines.mandatoryReconsiderationDue(LocalDate.of(2028, 8, 31))
                .counted());
    }

    @Test
    @DisplayName("write-off of Fri 26 Feb 2027 ends on Easter Sunday; ICE from 26 Sep 2026 ends on Good Friday")
    void limitsOverEaster2027() {
        assertEquals(LocalDate.of(2027, 3, 25), deadlines.writeOffReplyEnds(LocalDate.of(2027, 2, 26)).date());
        assertEquals(LocalDate.of(2027, 3, 28), deadlines.writeOffReplyEnds(LocalDate.of(2027, 2, 26)).counted());
        assertEquals(LocalDate.of(2027, 3, 25), deadlines.iceLimit(LocalDate.of(2026, 9, 26)).date());
        assertEquals(LocalDate.of(2027, 3, 26), deadlines.iceLimit(LocalDate.of(2026, 9, 26)).counted());
    }

    @Test
    @DisplayName("a breakdown asked for on Fri 13 Nov 2026: received Tue 17 Nov, six weeks on is Tue 29 Dec")
    void breakdownOverChristmas() {
        // Posted Friday 13th: received on the second working day after, Tuesday 17th (Monday 16th the first); six
        // weeks on is Tuesday 29 December, a working day (Christmas Day is Friday 25th, the Boxing Day substitute
        // Monday 28th).
        assertEquals(LocalDate.of(2026, 11, 17), deadlines.deemedReceipt(LocalDate.of(2026, 11, 13)));
        assertEquals(LocalDate.of(2026, 12, 29), deadlines.breakdownHopedFor(LocalDate.of(2026, 11, 13)));
    }

    @Test
    @DisplayName("the breakdown's six weeks run from when the CMS receives the letter, as the complaint targets do")
    void breakdownFromReceipt() {
        // Thursday 12 November 2026: received Monday 16th (Friday 13th the first working day after, Monday the
        // second); six weeks on is Monday 28 December, the Boxing Day substitute, so Tuesday 29th. Counted from the
        // letter's date it was Thursday 24 December, four days before six weeks with the CMS were up.
        LocalDate letter = LocalDate.of(2026, 11, 12);
        assertEquals(LocalDate.of(2026, 11, 16), deadlines.deemedReceipt(letter));
        assertEquals(LocalDate.of(2026, 12, 29), deadlines.breakdownHopedFor(letter));
        // Wednesday 2 December 2026: received Friday 4th; six weeks on is Friday 15 January 2027 (it was Wednesday
        // 13th). A complaint of the same day is counted from the same Friday: 15 working days are 7-11, 14-18 and
        // 21-24 December, then (Friday 25th and Monday 28th bank holidays) Tuesday 29 December.
        LocalDate december = LocalDate.of(2026, 12, 2);
        assertEquals(LocalDate.of(2026, 12, 4), deadlines.deemedReceipt(december));
        assertEquals(LocalDate.of(2027, 1, 15), deadlines.breakdownHopedFor(december));
        assertEquals(LocalDate.of(2026, 12, 29), deadlines.complaintReplyBy(december));
    }

    @Test
    @DisplayName("letters of Fri 4 Dec 2026: the rule they print by, counted from 1st and 2nd class posting")
    void printedRuleFromEachPosting() {
        LocalDate written = LocalDate.of(2026, 12, 4);
        CmsFacts facts = SeededFacts.published();
        LocalDate firstClass = calendar.deemedDelivery(written, PostingMethod.FIRST_CLASS);
        LocalDate secondClass = calendar.deemedDelivery(written, PostingMethod.SECOND_CLASS);
        assertEquals(LocalDate.of(2026, 12, 8), firstClass, "Tue 8 Dec: the 2nd working day after");
        assertEquals(LocalDate.of(2026, 12, 10), secondClass, "Thu 10 Dec: the 4th working day after");
        // Subject access: a month from receipt. First class Fri 8 Jan (what the letter prints); second class
        // Sun 10 Jan, so Mon 11 Jan.
        assertEquals(LocalDate.of(2027, 1, 8), deadlines.subjectAccessDue(written));
        assertEquals(LocalDate.of(2027, 1, 8), calendar.replyBy(firstClass, ReplyRules.SUBJECT_ACCESS.rule(facts))
                .date());
        assertEquals(LocalDate.of(2027, 1, 11), calendar.replyBy(secondClass, ReplyRules.SUBJECT_ACCESS.rule(facts))
                .date());
        // Breakdown: 6 weeks from receipt. First class Tue 19 Jan (what the letter prints); second class Thu 21 Jan,
        // later, not the 20 working days of a request (Fri 8 Jan and Tue 12 Jan).
        assertEquals(LocalDate.of(2027, 1, 19), deadlines.breakdownHopedFor(written));
        assertEquals(new ReplyRule.Weeks(6), ReplyRules.ARREARS_BREAKDOWN.rule(facts));
        assertEquals(LocalDate.of(2027, 1, 19), calendar.replyBy(firstClass, ReplyRules.ARREARS_BREAKDOWN.rule(facts))
                .date());
        assertEquals(LocalDate.of(2027, 1, 21), calendar.replyBy(secondClass,
                ReplyRules.ARREARS_BREAKDOWN.rule(facts)).date());
        assertEquals(Optional.of(ReplyRules.ARREARS_BREAKDOWN), ReplyRules.of(LetterTemplates.ARREARS_BREAKDOWN));
        assertEquals(Optional.of(ReplyRules.SUBJECT_ACCESS), ReplyRules.of(LetterTemplates.SUBJECT_ACCESS));
        assertEquals(true, ReplyRules.SUBJECT_ACCESS.setByLaw());
        assertEquals(false, ReplyRules.ARREARS_BREAKDOWN.setByLaw());
    }
}
