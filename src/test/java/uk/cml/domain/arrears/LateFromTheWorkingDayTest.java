package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand (England and Wales calendar), from a checker's cases: a due on a weekend or bank holiday is on time
 * until the end of the next working day, so the days it arrived late count from that day, not from its date; and
 * arrears "older than 3 months" on 4 December leave out the due of 4 September, which is 3 months old, not older.
 */
@DisplayName("Days late count from the day a due was on time by; a due exactly N months old is not older than N months")
class LateFromTheWorkingDayTest {

    @Test
    @DisplayName("Good Friday 3 Apr 2026, on time by Tue 7 Apr, arriving Wed 8 Apr: 1 day late (5 from the date)")
    void goodFriday2026() {
        // Fri 3 Apr 2026 Good Friday, Mon 6 Apr Easter Monday: on time by Tue 7 Apr. £42.50 weekly; Wed 8 Apr is
        // already in 10 Apr's early days, so the parent links the money to 3 Apr's due, as the statement said.
        ArrearsSchedule s = Build.schedule(List.of(weekly("42.50", "2026-04-03")),
                List.of(pay("2026-04-08", "42.50").linkedTo(java.util.Optional.of(d("2026-04-03")))), List.of(),
                "2026-04-09");
        ScheduleLine line = s.lines().get(0);
        assertEquals(d("2026-04-07"), line.onTimeBy());
        assertEquals(LineStatus.PAID_LATE, line.status());
        assertEquals(1, line.daysLate());
        assertEquals("Arrived late (1 day after Tue 7 Apr 2026)", line.statusText());
        // The chip names the day too (a reviewer: "Arrived late (1 day)" beside "Fri 3 Apr" counted from nowhere
        // shown), without the year it shares with the due beside it.
        assertEquals("Arrived late (1 day after Tue 7 Apr)", line.statusChipText());
        assertEquals("Arrived late\n(1 day after Tue 7 Apr)", line.statusChipTextOnTwoLines());
    }

    @Test
    @DisplayName("Sat 31 Oct 2026, on time by Mon 2 Nov, arriving Tue 3 Nov: 1 day late (3 from the date)")
    void saturday31October() {
        ArrearsSchedule s = Build.schedule(List.of(weekly("42.50", "2026-10-31")),
                List.of(pay("2026-11-03", "42.50")), List.of(), "2026-11-04");
        ScheduleLine line = s.lines().get(0);
        assertEquals(d("2026-11-02"), line.onTimeBy());
        assertEquals(LineStatus.PAID_LATE, line.status());
        assertEquals(1, line.daysLate());
        assertEquals("Arrived late (1 day after Mon 2 Nov 2026)", line.statusText());
    }

    @Test
    @DisplayName("Sun 1 Mar 2026 monthly, on time by Mon 2 Mar, arriving 10 Mar: 8 days late (9 from the date)")
    void sunday1March() {
        ArrearsSchedule s = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-03-01")),
                List.of(pay("2026-03-10", "200.00")), List.of(), "2026-03-20");
        ScheduleLine line = s.lines().get(0);
        assertEquals(d("2026-03-02"), line.onTimeBy());
        assertEquals(8, line.daysLate());
        assertEquals("Arrived late (8 days after Mon 2 Mar 2026)", line.statusText());
        assertEquals("Arrived late (8 days after Mon 2 Mar)", line.statusChipText());
        assertEquals("Arrived late\n(8 days after Mon 2 Mar)", line.statusChipTextOnTwoLines());
    }

    @Test
    @DisplayName("a due on a working day counts from its own date, and its words name no other day")
    void workingDay() {
        // Thu 5 Mar 2026, paid Mon 9 Mar: 4 days.
        ArrearsSchedule s = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-03-05")),
                List.of(pay("2026-03-09", "200.00")), List.of(), "2026-03-20");
        assertEquals(4, s.lines().get(0).daysLate());
        assertEquals("Arrived late (4 days)", s.lines().get(0).statusText());
        assertEquals("Arrived late (4 days)", s.lines().get(0).statusChipText());
        assertEquals("Arrived late\n(4 days)", s.lines().get(0).statusChipTextOnTwoLines());
    }

    @Test
    @DisplayName("Sat 31 Dec 2022, on time by Tue 3 Jan 2023, arriving Thu 5 Jan: the chip gives the year it is on time by")
    void onTimeInTheNextYear() {
        // Mon 2 Jan 2023 was the substitute bank holiday for New Year's Day (a Sunday).
        ArrearsSchedule s = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2022-12-31")),
                List.of(pay("2023-01-05", "200.00")), List.of(), "2023-01-20");
        ScheduleLine line = s.lines().get(0);
        assertEquals(d("2023-01-03"), line.onTimeBy());
        assertEquals("Arrived late (2 days after Tue 3 Jan 2023)", line.statusText());
        assertEquals("Arrived late (2 days after Tue 3 Jan 2023)", line.statusChipText());
    }

    @Test
    @DisplayName("weekly £42.50 from Good Friday, nothing paid, seen Fri 4 Dec 2026: older than 3 months is £935.00")
    void olderThanThreeMonthsLeavesOutTheDueOfThatDay() {
        // Dues every Friday 3 Apr .. 27 Nov 2026 whose day is over: 35, £1,487.50 owed (4 Dec's is due today).
        // 4 Dec less 3 months is Fri 4 Sep: that due is 3 months old, not older. Dues before it, 3 Apr .. 28 Aug:
        // 22 x £42.50 = £935.00 (with 4 Sep, £977.50). Nothing paid, so by totals and by matching alike.
        ArrearsSchedule s = Build.schedule(List.of(weekly("42.50", "2026-04-03")), List.of(), List.of(),
                "2026-12-04");
        assertEquals(m("1487.50"), s.owedOnPassedDues());
        assertEquals(m("935.00"), RunningBalance.olderThanMonthsAtLeast(s, 3));
        assertEquals(m("935.00"), s.owedOlderThanMonths(3));
        assertEquals(m("977.50"), RunningBalance.owedOnDuesUpToAtLeast(s, d("2026-09-04")));
        // The day after the boundary moves on: seen Sat 5 Dec, 4 Sep's due is more than 3 months old.
        ArrearsSchedule saturday = Build.schedule(List.of(weekly("42.50", "2026-04-03")), List.of(), List.of(),
                "2026-12-05");
        assertEquals(m("977.50"), RunningBalance.olderThanMonthsAtLeast(saturday, 3));
        assertEquals(m("977.50"), saturday.owedOlderThanMonths(3));
    }
}
