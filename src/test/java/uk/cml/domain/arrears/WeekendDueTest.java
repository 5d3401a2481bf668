package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A due on a weekend or bank holiday is on time if it arrives by the next working day: a standing order or a transfer
 * set for that day is paid then, so calling it late or missed before then would be a line the CMS could dismiss.
 * Worked by hand on the England and Wales calendar: Sat 5 Dec 2026 -> Mon 7 Dec; Fri 25 Dec 2026 (Christmas Day)
 * -> Tue 29 Dec (Sat 26 and Sun 27 Dec, then Mon 28 Dec, Boxing Day's substitute).
 */
@DisplayName("A due on a weekend or bank holiday is on time by the next working day")
class WeekendDueTest {

    private static final List<PaymentPlan> SATURDAYS = List.of(weekly("50.00", "2026-12-05"));
    private static final List<PaymentPlan> FRIDAYS = List.of(weekly("50.00", "2026-12-18"));

    @Test
    @DisplayName("Saturday's due arriving on Monday is Paid; on Tuesday it is 1 day late, counted from Monday")
    void aSaturdayDuePaidOnMonday() {
        assertEquals(List.of("2026-12-05 | Paid (due on a Saturday; on time by the next working day, 7 Dec 2026) | 50.00 | 0.00 | 0.00"), Build.rows(Build.schedule(SATURDAYS,
                List.of(pay("2026-12-07", "50.00")), List.of(), "2026-12-09")));
        assertEquals(List.of("2026-12-05 | Arrived late (1 day after Mon 7 Dec 2026) | 50.00 | 0.00 | 0.00"), Build.rows(Build.schedule(
                SATURDAYS, List.of(pay("2026-12-08", "50.00")), List.of(), "2026-12-09")));
    }

    @Test
    @DisplayName("with nothing yet on Sunday or Monday it can still arrive: owed, not missed; on Tuesday it is missed")
    void nothingYetOverTheWeekend() {
        for (String day : List.of("2026-12-05", "2026-12-06", "2026-12-07")) {
            ArrearsSchedule schedule = Build.schedule(SATURDAYS, List.of(), List.of(), day);
            assertEquals(List.of("2026-12-05 | On time if it arrives by Mon 7 Dec 2026 | 0.00 | 50.00 | 50.00"),
                    Build.rows(schedule), day);
            assertEquals(0, schedule.missedInARow(), day);
            assertEquals(m("50.00"), schedule.owedNow(), "owed all the same on " + day);
        }
        ArrearsSchedule tuesday = Build.schedule(SATURDAYS, List.of(), List.of(), "2026-12-08");
        assertEquals(List.of("2026-12-05 | Nothing received | 0.00 | 50.00 | 50.00"), Build.rows(tuesday));
        assertEquals(1, tuesday.missedInARow());
    }

    @Test
    @DisplayName("Christmas Day's due is on time by Tue 29 Dec; a part arrived by then leaves the rest still to come")
    void christmasDay() {
        ArrearsSchedule boxingDayHoliday = Build.schedule(FRIDAYS, List.of(pay("2026-12-18", "50.00"),
                pay("2026-12-24", "20.00")), List.of(), "2026-12-28");
        assertEquals("2026-12-25 | On time if it arrives by Tue 29 Dec 2026 (£30.00 still to come) | 20.00 | 30.00 "
                + "| 30.00", Build.rows(boxingDayHoliday).get(1));
        assertTrue(boxingDayHoliday.lines().get(1).status().isOwed());
        assertEquals(0, boxingDayHoliday.missedInARow());

        assertEquals("2026-12-25 | Paid (due on Christmas Day, a bank holiday; on time by the next working day, 29 Dec 2026) | 50.00 | 0.00 | 0.00", Build.rows(Build.schedule(FRIDAYS,
                List.of(pay("2026-12-18", "50.00"), pay("2026-12-29", "50.00")), List.of(), "2026-12-30")).get(1));
        ArrearsSchedule wednesday = Build.schedule(FRIDAYS, List.of(pay("2026-12-18", "50.00"),
                pay("2026-12-24", "20.00")), List.of(), "2026-12-30");
        assertEquals("2026-12-25 | Part paid: £20.00 arrived on time; £30.00 still owed | 20.00 | 30.00"
                + " | 30.00", Build.rows(wednesday).get(1));
        assertEquals(m("30.00"), wednesday.missedTotal(d("2026-12-01"), d("2026-12-30")));
    }

    /**
     * In the due payments' status chip the same state reads short, "Due by Mon 7 Dec", since "On time if it arrives
     * by Mon 7 Dec 2026" widened the column past a 1024 px window. The year is left out only when it is the due's,
     * which the row's "Due on" gives beside it; everywhere else the words stay whole.
     */
    @Test
    @DisplayName("in a table's chip a due in its wait reads 'Due by Mon 7 Dec', with the year only when it differs")
    void theChipReadsShort() {
        ScheduleLine saturday = Build.schedule(SATURDAYS, List.of(), List.of(), "2026-12-06").lines().get(0);
        assertEquals("Due by Mon 7 Dec", saturday.statusChipText());
        assertEquals("On time if it arrives by Mon 7 Dec 2026", saturday.statusText());
        ScheduleLine christmas = Build.schedule(FRIDAYS, List.of(pay("2026-12-18", "50.00"),
                pay("2026-12-24", "20.00")), List.of(), "2026-12-28").lines().get(1);
        assertEquals("Due by Tue 29 Dec (£30.00 still to come)", christmas.statusChipText());
        // Sat 30 Dec 2028: Sun 31 Dec, then New Year's Day on the Monday, so on time by Tue 2 Jan 2029.
        ScheduleLine newYear = Build.schedule(List.of(weekly("50.00", "2028-12-30")), List.of(), List.of(),
                "2028-12-31").lines().get(0);
        assertEquals("Due by Tue 2 Jan 2029", newYear.statusChipText());
        // A weekday's due on its day reads the same in the chip; a part paid on time says so in a few words.
        ScheduleLine friday = Build.schedule(FRIDAYS, List.of(), List.of(), "2026-12-18").lines().get(0);
        assertEquals("Due today", friday.statusChipText());
        ScheduleLine part = Build.schedule(FRIDAYS, List.of(pay("2026-12-18", "50.00"), pay("2026-12-24", "20.00")),
                List.of(), "2026-12-30").lines().get(1);
        assertEquals("Part paid on time (short £30.00)", part.statusChipText());
    }

    @Test
    @DisplayName("a due on a working day is still late the day after")
    void aWeekdayDueIsLateTheNextDay() {
        assertEquals(List.of("2026-12-18 | Arrived late (1 day) | 50.00 | 0.00 | 0.00"), Build.rows(Build.schedule(
                FRIDAYS, List.of(pay("2026-12-19", "50.00")), List.of(), "2026-12-21")));
    }
}
