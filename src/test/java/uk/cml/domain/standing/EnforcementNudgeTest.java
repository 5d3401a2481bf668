package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.StandingNextTest.COMPLAINT;
import static uk.cml.domain.standing.StandingNextTest.REPLY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;

/**
 * The enforcement nudge is the app's suggestion of a day FROM which to ask the CMS to move enforcement on if nothing
 * has happened: not a limit. It never reads "by", never heads "What to do next" before its day, and never pushes a
 * real limit aside. Dates worked by hand on the England and Wales calendar.
 */
class EnforcementNudgeTest {

    private static final UkCalendar CALENDAR = SeededFacts.calendar();
    /** Heard of the arrears notice on Tuesday 24 November 2026: eight weeks on is Tuesday 19 January 2027. */
    private static final EnforcementRecord NOTICE = new EnforcementRecord(0, 1, EnforcementStep.ARREARS_NOTICE,
            LocalDate.of(2026, 11, 24), "");

    private static StandingReport report(List<Decision> decisions, LocalDate today) {
        return StandingReport.build(CALENDAR, SeededFacts.published(), List.of(COMPLAINT), List.of(REPLY),
                decisions, List.of(NOTICE), today);
    }

    @Test
    @DisplayName("a day to ask from, counted on the calendar, and said to be the app's suggestion")
    void aSuggestionFromItsDay() {
        Deadline nudge = new Enforcement(CALENDAR, SeededFacts.published()).nudge(List.of(NOTICE)).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 19), nudge.date());
        assertTrue(nudge.isFrom());
        assertEquals("If nothing has happened since the CMS's \"Arrears notice\" step, ask them to take the next one",
                nudge.what());
        assertEquals("How it is counted: 8 weeks after you heard of this step (the app's suggestion, not a CMS time "
                + "limit).", nudge.due().explanation(CALENDAR.holidays()));
        assertFalse(nudge.actionableOn(LocalDate.of(2027, 1, 18), SeededFacts.calendar()));
        assertTrue(nudge.actionableOn(LocalDate.of(2027, 1, 19), SeededFacts.calendar()));
    }

    @Test
    @DisplayName("eight weeks ending on Good Friday 2027 suggests Tuesday 30 March, after Easter Monday")
    void easter2027() {
        // Friday 29 January 2027 + 8 weeks = Friday 26 March 2027, Good Friday; Monday 29 March is Easter Monday.
        EnforcementRecord heard = new EnforcementRecord(0, 1, EnforcementStep.COLLECT_AND_PAY,
                LocalDate.of(2027, 1, 29), "");
        Deadline nudge = new Enforcement(CALENDAR, SeededFacts.published()).nudge(List.of(heard)).orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 30), nudge.date());
        assertEquals(LocalDate.of(2027, 3, 26), nudge.due().counted());
        assertEquals(DueDate.Move.SUGGESTED_LATER, nudge.due().move());
        assertEquals("How it is counted: 8 weeks after you heard of this step (the app's suggestion, not a CMS time "
                + "limit). That is Fri 26 Mar 2027, a bank holiday (Good Friday), so the app suggests the next working "
                + "day, Tue 30 Mar 2027.", nudge.due().explanation(CALENDAR.holidays()));
    }

    @Test
    @DisplayName("weeks before its day it does not head What to do next: the complaint's own step does")
    void notBeforeItsDay() {
        StandingReport report = report(List.of(), LocalDate.of(2026, 12, 1));
        ComplaintThread.NextAction next = report.next(LocalDate.of(2026, 12, 1));
        assertEquals(report.complaint().next(), next);
        assertEquals(Optional.of("senior-review"), next.letter());
        assertTrue(report.open().stream().anyMatch(Deadline::isFrom), "still in the dates to watch");
        // The day before, still not.
        assertEquals(report.complaint().next(), report.next(LocalDate.of(2027, 1, 18)));
    }

    @Test
    @DisplayName("from its day it heads What to do next, worded from, not by")
    void fromItsDay() {
        LocalDate today = LocalDate.of(2027, 1, 19);
        ComplaintThread.NextAction next = report(List.of(), today).next(today);
        assertEquals(Optional.of("enforcement-request"), next.letter());
        assertEquals("From 19 Jan 2027: If nothing has happened since the CMS's \"Arrears notice\" step, ask them "
                + "to take the next one.", next.text());
        // Still there a month later: nothing has moved, so it is still the thing to do.
        assertEquals(next, report(List.of(), LocalDate.of(2027, 2, 19)).next(LocalDate.of(2027, 2, 19)));
    }

    @Test
    @DisplayName("a real limit keeps its place ahead of a suggestion whose day has come")
    void aLimitKeepsItsPlace() {
        // A calculation decision of Monday 11 January 2027: one calendar month is Thursday 11 February.
        Decision calculation = new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2027, 1, 11), "",
                Optional.empty());
        LocalDate today = LocalDate.of(2027, 1, 25);
        ComplaintThread.NextAction next = report(List.of(calculation), today).next(today);
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Thu 11 Feb 2027: to be safe, post your letter 1st class by Tue 9 "
                + "Feb 2027.", next.text());
        // Once the limit has passed, the suggestion is what to do next.
        LocalDate later = LocalDate.of(2027, 2, 12);
        assertEquals(Optional.of("enforcement-request"), report(List.of(calculation), later).next(later).letter());
    }

    @Test
    @DisplayName("a step heard of later moves the day on, so the nudge is counted from the newest step")
    void countedFromTheNewestStep() {
        EnforcementRecord deo = new EnforcementRecord(0, 1, EnforcementStep.DEDUCTION_FROM_EARNINGS,
                LocalDate.of(2027, 1, 12), "");
        Deadline nudge = new Enforcement(CALENDAR, SeededFacts.published()).nudge(List.of(NOTICE, deo)).orElseThrow();
        // Tuesday 12 January + 8 weeks = Tuesday 9 March 2027.
        assertEquals(LocalDate.of(2027, 3, 9), nudge.date());
        assertEquals("If nothing has happened since the CMS's \"Deduction from Earnings Order\" step, ask them to "
                + "take the next one", nudge.what());
    }
}
