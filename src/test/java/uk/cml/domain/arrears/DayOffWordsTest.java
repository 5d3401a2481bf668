package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand on the England and Wales calendar: the words that say why a due of a weekend or bank holiday paid
 * on the next working day is on time, and the rule said once beside a table of dues.
 */
@DisplayName("A due on a weekend or bank holiday paid the next working day says why it is on time")
class DayOffWordsTest {

    @Test
    @DisplayName("Good Friday 3 Apr 2026 paid Tue 7 Apr: the holiday named, and the day it was on time by")
    void goodFriday() {
        ScheduleLine line = Build.schedule(List.of(weekly("61.50", "2026-04-03")),
                List.of(pay("2026-04-07", "61.50")), List.of(), "2026-04-08").lines().get(0);
        assertEquals(LineStatus.PAID, line.status());
        assertEquals("Paid (due on Good Friday, a bank holiday; on time by the next working day, 7 Apr 2026)",
                DayOffWords.status(line));
        assertEquals("A payment due on a weekend or bank holiday is on time if it arrives by the next working day.",
                DayOffWords.rule(List.of(line)));
    }

    @Test
    @DisplayName("a name that says it is a bank holiday is not followed by \"a bank holiday\" again")
    void summerBankHoliday() {
        ScheduleLine line = Build.schedule(List.of(weekly("50.00", "2026-08-31")),
                List.of(pay("2026-09-01", "50.00")), List.of(), "2026-09-02").lines().get(0);
        assertEquals("Paid (due on the Summer bank holiday; on time by the next working day, 1 Sep 2026)",
                DayOffWords.status(line));
    }

    @Test
    @DisplayName("Sat 31 Oct 2026 paid Mon 2 Nov: the weekday named")
    void saturday() {
        ScheduleLine line = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-10-31")),
                List.of(pay("2026-11-02", "200.00")), List.of(), "2026-11-03").lines().get(0);
        assertEquals("Paid (due on a Saturday; on time by the next working day, 2 Nov 2026)", DayOffWords.status(line));
    }

    @Test
    @DisplayName("paid on or before its day, or due on a working day: nothing to explain, no rule")
    void nothingToExplain() {
        ScheduleLine early = Build.schedule(List.of(weekly("61.50", "2026-04-03")),
                List.of(pay("2026-04-02", "61.50")), List.of(), "2026-04-08").lines().get(0);
        assertEquals("Paid", DayOffWords.status(early));
        assertEquals(Optional.empty(), DayOffWords.why(early));
        ScheduleLine working = Build.schedule(List.of(weekly("61.50", "2026-04-10")),
                List.of(pay("2026-04-10", "61.50")), List.of(), "2026-04-11").lines().get(0);
        assertEquals("Paid", DayOffWords.status(working));
        assertEquals("", DayOffWords.rule(List.of(early, working)));
    }

    @Test
    @DisplayName("late after a bank holiday: the rule says its days late count from the next working day")
    void lateSaysHowDaysAreCounted() {
        ScheduleLine line = Build.schedule(List.of(weekly("42.50", "2026-04-03")),
                List.of(pay("2026-04-08", "42.50").linkedTo(Optional.of(Build.d("2026-04-03")))), List.of(),
                "2026-04-09").lines().get(0);
        assertEquals("Arrived late (1 day after Tue 7 Apr 2026)", DayOffWords.status(line));
        assertEquals("A payment due on a weekend or bank holiday is on time if it arrives by the next working day, so "
                + "the days it arrived late are counted from that day.", DayOffWords.rule(List.of(line)));
    }
}
