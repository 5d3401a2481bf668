package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;

/**
 * A call's promised date and follow-up day are dates to watch, as a posted letter's reply date is: on the page, in
 * the Timeline and the calendar file (all from {@link StandingReport#allDeadlines}), never what to do next nor a
 * second to-do. Dates worked by hand on the England and Wales calendar: Thursday 3 December 2026's call, the CMS
 * to call back by Tuesday 15 December, a follow-up on Wednesday 16 December.
 */
class CallDatesTest {

    static final UkCalendar CALENDAR = SeededFacts.calendar();
    static final LocalDate CALLED = LocalDate.of(2026, 12, 3);

    static Call call(String promised, Optional<LocalDate> by, Optional<LocalDate> followUp, boolean done,
            boolean kept) {
        return new Call(7, 1, CALLED.atTime(10, 15), CallDirection.I_CALLED, "0800 171 2345", "Karen",
                "Direct Pay team", "", "Arrears", promised, by, "", followUp, done, kept, LocalDateTime.now());
    }

    static StandingReport report(LocalDate today, Call... calls) {
        return StandingReport.build(CALENDAR, SeededFacts.published(), List.of(), List.of(), List.of(), List.of(),
                List.of(calls), today);
    }

    @Test
    void thePromisedDateAndTheFollowUpAreDatesToWatchNamingTheCall() {
        StandingReport report = report(CALLED, call("call me back.", Optional.of(LocalDate.of(2026, 12, 15)),
                Optional.of(LocalDate.of(2026, 12, 16)), false, false));
        List<Deadline> all = report.allDeadlines();
        assertEquals(2, all.size(), all.toString());
        Deadline promise = all.get(0);
        assertEquals("On your call of 3 Dec 2026 you noted: \"call me back\", by Tue 15 Dec 2026", promise.what());
        assertEquals(LocalDate.of(2026, 12, 15), promise.date());
        assertTrue(promise.isTold(), "a date the CMS gave, waited for and chased like a letter's reply date");
        Deadline followUp = all.get(1);
        assertEquals("Follow up your call of 3 Dec 2026", followUp.what());
        assertEquals(LocalDate.of(2026, 12, 16), followUp.date());
        assertTrue(followUp.isFrom(), "the parent's own day to act from, never read as a limit");
        assertTrue(all.stream().allMatch(d -> d.from() instanceof Deadline.From.OfCall c && c.call().id() == 7));

        // Not what to do next (the Calls page's own to-dos chase them): the page still offers the complaint's step.
        assertEquals(Words.text("standing.complaint.noneLogged"), report.next(CALLED).text());
        assertEquals(Optional.empty(), report.nextDate(CALLED));
        assertTrue(all.stream().allMatch(report::watchedOnly));

        // Lines as a calendar reads them, unfolded (the file folds them at 75 octets).
        String ics = CalendarFile.write(report.open(), "Jordan Reed", Instant.parse("2026-12-03T10:00:00Z"),
                CALENDAR)
                .replace("\r\n ", "");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261215"), ics);
        // The page's own sentence: the bare rule began lower case after a full stop ("... promised. the date").
        assertTrue(ics.contains("DESCRIPTION:Chase it with the CMS. How it is counted: the date you noted "
                + "from the call (the date they gave\\, or your count of it)"), ics);
        assertTrue(ics.contains("SUMMARY:On your call of 3 Dec 2026 you noted: \"call me back\"\\, by Tue 15 Dec "
                + "2026 (Jordan Reed)"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261216"), ics);
        assertTrue(ics.contains("SUMMARY:Follow up your call of 3 Dec 2026 (Jordan Reed)"), ics);
    }

    /**
     * Promised by Thursday 24 December 2026: Christmas Day is Friday 25, Boxing Day Saturday 26, so its substitute
     * bank holiday is Monday 28. Once the date has passed it stays open, and chasing can start on the first working
     * day after it, Tuesday 29 December, as for a letter's reply date.
     */
    @Test
    void aPromisedDatePassedStaysToWatchAndIsChasedFromTheNextWorkingDay() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        StandingReport report = report(LocalDate.of(2026, 12, 29), call("", Optional.of(christmasEve),
                Optional.empty(), false, false));
        Deadline promise = report.open().get(0);
        assertEquals("On your call of 3 Dec 2026 you noted the CMS would act by Thu 24 Dec 2026", promise.what());
        assertFalse(promise.done());
        assertEquals(LocalDate.of(2026, 12, 29), promise.actFrom(CALENDAR));
        assertFalse(promise.actionableOn(LocalDate.of(2026, 12, 28), CALENDAR), "Monday 28 is a bank holiday");
        assertTrue(promise.actionableOn(LocalDate.of(2026, 12, 29), CALENDAR));
    }

    @Test
    void aPromiseKeptAndAFollowUpDoneAreLeftOutAsAnAnsweredLettersReplyIs() {
        StandingReport report = report(CALLED, call("call me back", Optional.of(LocalDate.of(2026, 12, 15)),
                Optional.of(LocalDate.of(2026, 12, 16)), true, true));
        assertEquals(List.of(), report.allDeadlines());
        assertFalse(CalendarFile.write(report.open(), "", Instant.EPOCH, CALENDAR).contains("BEGIN:VEVENT"));
    }

    /**
     * Called on 17 Nov 2026, the CMS to act by 19 Nov; the parent chased it and ticked "I have followed this up"
     * (the promise itself not kept). Where it stands shows no red "This date has passed: chase it" for it, as the
     * Overview shows no "Chase it." (the one rule: {@link Call#promiseToChase}).
     */
    @Test
    void aBrokenPromiseTheParentHasFollowedUpIsNotToChaseAgain() {
        Call chased = new Call(7, 1, LocalDate.of(2026, 11, 17).atTime(9, 30), CallDirection.I_CALLED, "", "", "",
                "", "Arrears", "A caseworker would phone me back about the arrears",
                Optional.of(LocalDate.of(2026, 11, 19)), "", Optional.empty(), true, false, LocalDateTime.now());
        StandingReport report = report(LocalDate.of(2026, 12, 5), chased);
        assertEquals(List.of(), report.allDeadlines());
        assertFalse(chased.promiseLate(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void aLongPromiseIsQuotedUpToAWholeWord() {
        String long_ = "Karen said she would ask her manager about moving the case to Collect and Pay and write to me";
        assertEquals("On your call of 3 Dec 2026 you noted: \"Karen said she would ask her manager about moving "
                + "the case to Collect and Pay\u2026\", by Tue 15 Dec 2026", report(CALLED, call(long_,
                Optional.of(LocalDate.of(2026, 12, 15)), Optional.empty(), false, false)).allDeadlines().get(0).what());
        assertEquals("On your call of 3 Dec 2026 you noted: \"ring back\u2026\", by Tue 15 Dec 2026", report(CALLED,
                call("ring back\nand email", Optional.of(LocalDate.of(2026, 12, 15)), Optional.empty(), false, false))
                .allDeadlines().get(0).what());
    }
}
