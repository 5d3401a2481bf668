package uk.cml.domain.todo;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.StandingReport;

/**
 * "Where things stand" and the Overview agree on what comes first, by the Overview's one order: under Direct Pay,
 * telling the CMS of missed payments it does not know of heads both, before the complaint's step ("No complaint
 * logged... Write a complaint"), which has no date. Dates worked by hand: today Thursday 3 December 2026, the first
 * due not reported Friday 13 November 2026.
 */
class StandingNextOrderTest {

    static final UkCalendar CALENDAR = SeededFacts.calendar();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final TodoItem TELL = new TodoItem(LocalDate.of(2026, 11, 13), "1 payment due did not arrive in full, and "
            + "£45.50 is owed. If any of it came, record it on the Payments page first. Under Direct Pay the CMS only knows if you tell it: write to the CMS about the missed "
            + "payments.", TodoKind.TELL_THE_CMS, 0);

    static StandingReport report(List<Decision> decisions) {
        return StandingReport.build(CALENDAR, SeededFacts.published(), List.of(), List.of(), decisions, List.of(),
                TODAY);
    }

    @Test
    void reportingMissedPaymentsComesBeforeTheComplaintsUndatedStep() {
        StandingReport report = report(List.of());
        assertEquals("collection-complaint", report.next(TODAY).letter().orElseThrow(), "the page's own step");
        assertEquals(Optional.empty(), report.nextDate(TODAY));
        assertEquals(Optional.of(TELL), Todos.aheadOfStanding(report.nextDate(TODAY), List.of(TELL), TODAY,
                CALENDAR));
        // The Overview lists it first too: the same order decides both.
        assertEquals(TELL, Todos.gather(List.of(TELL), TODAY).get(0));
    }

    /**
     * A calculation decision of Friday 27 November 2026: a mandatory reconsideration by Sunday 27 December, so by
     * Thursday 24 December (Christmas Day and the Boxing Day holiday follow). In What needs doing it is dated 24 Dec,
     * after the due of 13 November not yet reported, so the page says to report first, as the Overview lists it.
     */
    @Test
    void reportingComesFirstWhereTheOverviewListsItFirst() {
        StandingReport report = report(List.of(new Decision(1, 1, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 27), "", Optional.empty())));
        assertEquals(LocalDate.of(2026, 12, 24), report.nextDate(TODAY).orElseThrow().date());
        assertEquals(Optional.of(TELL), Todos.aheadOfStanding(report.nextDate(TODAY), List.of(TELL), TODAY,
                CALENDAR));
        TodoItem limit = TodoItem.of(report.nextDate(TODAY).get(), "Ask for a mandatory reconsideration", CALENDAR);
        assertEquals(List.of(TELL, limit), Todos.gather(List.of(limit, TELL), TODAY));
    }

    /**
     * The letter about the missed payments written on Thursday 3 December 2026 but not posted: the Overview asks to
     * post it (no longer to write one), and until it goes the CMS has not been told, so the page says the same.
     */
    @Test
    void aReportWrittenButNotPostedIsPostedFirst() {
        TodoItem post = new TodoItem(TODAY, "Post the letter of 3 Dec 2026, then record the posting and the proof of "
                + "postage: Missed Direct Pay payments", TodoKind.POST_REPORT, 12);
        TodoItem otherLetter = new TodoItem(LocalDate.of(2026, 12, 1), "Post the letter of 1 Dec 2026: Change of "
                + "address", TodoKind.POST_LETTER, 11);
        assertEquals(Optional.of(post), Todos.aheadOfStanding(Optional.empty(), List.of(otherLetter, post), TODAY,
                CALENDAR));
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(otherLetter), TODAY, CALENDAR),
                "a letter that tells the CMS nothing of the payments does not head the page");
    }

    @Test
    void withNothingToReportThePagesOwnStepStays() {
        TodoItem short_ = new TodoItem(LocalDate.of(2026, 11, 27), "The payment due on 27 Nov 2026 has not arrived",
                TodoKind.PAYMENT_SHORT, 0);
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(short_), TODAY, CALENDAR));
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(), TODAY, CALENDAR));
    }

    /**
     * Found by a reviewer, today Friday 4 December 2026: a calculation decision of Thursday 5 November can be
     * challenged to Saturday 5 December, so by Friday 4 December, today. The letter about the missed payments, made
     * today and to be made again, waited above it; a limit that ends today or tomorrow now heads both pages.
     */
    @Test
    void aLimitEndingTodayOrTomorrowComesBeforeMakingALetterAgain() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        StandingReport report = StandingReport.build(CALENDAR, SeededFacts.published(), List.of(), List.of(),
                List.of(new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 5), "",
                        Optional.empty())), List.of(), friday);
        var limit = report.nextDate(friday).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 4), limit.date(), "act by Fri 4 Dec");
        assertEquals(LocalDate.of(2026, 12, 5), limit.due().counted(), "the limit, Sat 5 Dec");
        TodoItem again = new TodoItem(friday, "Make the letter of 4 Dec 2026 again before you post it: Missed Direct "
                + "Pay payments", TodoKind.MAKE_REPORT_AGAIN, 12);
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.of(limit), List.of(again, TELL), friday,
                CALENDAR), "the page's own step, the limit, comes first");
        TodoItem item = TodoItem.of(limit, "Ask for a mandatory reconsideration", CALENDAR);
        assertEquals(List.of(item, TELL, again), Todos.gather(List.of(again, item, TELL), friday));
        // A day earlier the limit still ends tomorrow's working day: it heads the list too. A week earlier it waits.
        assertEquals(item, Todos.gather(List.of(again, item, TELL), LocalDate.of(2026, 12, 3)).get(0));
        assertEquals(TELL, Todos.gather(List.of(again, item, TELL), LocalDate.of(2026, 11, 27)).get(0));
    }

    @Test
    void aLimitIsSaidAsTheLimitWithTheDayToActByAsAdvice() {
        var due = CALENDAR.parentDeadline(LocalDate.of(2026, 11, 5), java.time.Period.ofMonths(1), "one month");
        assertEquals(Optional.of("Limit 5 Dec 2026 (a Saturday): act by Fri 4 Dec 2026"),
                due.limitAndActBy(CALENDAR.holidays()));
        // Christmas Day 2026 is a Friday: a limit then is acted on by Thursday 24 December.
        var christmas = CALENDAR.parentDeadline(LocalDate.of(2026, 11, 25), java.time.Period.ofMonths(1), "one month");
        assertEquals(Optional.of("Limit 25 Dec 2026 (Christmas Day, a bank holiday): act by Thu 24 Dec 2026"),
                christmas.limitAndActBy(CALENDAR.holidays()));
        assertEquals(Optional.empty(), CALENDAR.parentDeadline(LocalDate.of(2026, 11, 4), java.time.Period.ofMonths(1),
                "one month").limitAndActBy(CALENDAR.holidays()), "a limit on a working day is said as it is");
    }
    /**
     * Found by a reviewer, Saturday 5 December 2026: decisions of 10 Jul and 20 Oct 2026, both limits passed (10 Aug,
     * 20 Nov); a call of 12 Nov on which the CMS promised to call back by 20 Nov, not kept. Where it stands headed
     * "What to do next" with the passed reconsideration limit (its day to act by, 18 Nov, sorted before the promise's
     * 20 Nov), while the Overview headed with the promise. The README: a late reconsideration request heads the page
     * "while nothing else is to do", and one order decides both. The parent never said they disagree with the
     * calculation, so a passed limit, an option, comes after everything else on both pages.
     */
    @Test
    void aPassedReconsiderationLimitComesAfterAPromiseToChaseOnBothPages() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        StandingReport report = StandingReport.build(CALENDAR, SeededFacts.published(), List.of(), List.of(),
                List.of(new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 7, 10), "", Optional.empty()),
                        new Decision(2, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 20), "",
                                Optional.empty())), List.of(), saturday);
        var limit = report.nextDate(saturday).orElseThrow();
        assertEquals(true, uk.cml.domain.standing.PassedLimits.passed(limit, saturday), "the page's own step is a passed limit");
        TodoItem promise = new TodoItem(LocalDate.of(2026, 11, 20), "On your call of 12 Nov 2026 the CMS promised to "
                + "act by 20 Nov 2026. Chase it.", TodoKind.CALL_PROMISE_LATE, 7);
        assertEquals(Optional.of(promise), Todos.aheadOfStanding(Optional.of(limit), List.of(promise), saturday,
                CALENDAR), "the promise heads Where it stands, as it heads the Overview");
        TodoItem passed = TodoItem.of(limit, "The limit to ask for a mandatory reconsideration was 20 Nov 2026", CALENDAR);
        assertEquals(List.of(promise, passed), Todos.gather(List.of(passed, promise), saturday),
                "the Overview lists the passed limit, after the promise");
        // With nothing else to do, the late request still heads the page (README).
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.of(limit), List.of(), saturday, CALENDAR));
    }
}
