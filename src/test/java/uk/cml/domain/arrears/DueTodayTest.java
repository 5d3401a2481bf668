package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A due is not missed until its day is over: on the morning of the due day the money may still arrive that day.
 * "Today" is the schedule's date (the app's clock). £50 weekly on Mondays from 5 Jan 2026.
 */
@DisplayName("A due is not missed until its day is over")
class DueTodayTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    @Test
    @DisplayName("on its day with nothing yet it is 'Due today': owed, not missed; the next day it is missed")
    void nothingYetOnTheDay() {
        ArrearsSchedule today = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-05", "50.00")), List.of(),
                "2026-01-12");
        assertEquals(List.of("2026-01-05 | Paid | 50.00 | 0.00 | 0.00",
                "2026-01-12 | Due today | 0.00 | 50.00 | 50.00"), Build.rows(today));
        ScheduleLine twelfth = today.lines().get(1);
        assertFalse(twelfth.status().isShort());
        assertTrue(twelfth.status().isOwed());
        assertEquals(0, today.missedInARow());
        assertEquals(m("0.00"), today.missedTotal(d("2026-01-01"), d("2026-01-12")));
        assertEquals(m("50.00"), today.owedNow(), "it is owed today all the same");

        ArrearsSchedule tomorrow = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-05", "50.00")), List.of(),
                "2026-01-13");
        assertEquals("2026-01-12 | Nothing received | 0.00 | 50.00 | 50.00", Build.rows(tomorrow).get(1));
        assertEquals(1, tomorrow.missedInARow());
        assertEquals(m("50.00"), tomorrow.missedTotal(d("2026-01-01"), d("2026-01-13")));
    }

    @Test
    @DisplayName("a schedule to a day already over (a pack for an earlier period) shows its last day's due as missed")
    void toADayAlreadyOver() {
        ArrearsSchedule endOfPeriod = new ArrearsCalculator().calculate(FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "50.00")), List.of(), d("2026-01-12"), d("2026-12-02"), FeeRule.NONE);
        assertEquals(List.of("2026-01-05 | Paid | 50.00 | 0.00 | 0.00",
                "2026-01-12 | Nothing received | 0.00 | 50.00 | 50.00"), Build.rows(endOfPeriod));
        assertEquals(1, endOfPeriod.missedInARow());
        assertEquals(m("50.00"), endOfPeriod.missedTotal(d("2026-01-01"), d("2026-01-12")));
    }

    @Test
    @DisplayName("part of it arrived on the day: the rest is still to come until the day is over")
    void partArrivedOnTheDay() {
        ArrearsSchedule today = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-05", "30.00")), List.of(),
                "2026-01-05");
        assertEquals(List.of("2026-01-05 | Due today (£20.00 still to come) | 30.00 | 20.00 | 20.00"),
                Build.rows(today));
        ArrearsSchedule tomorrow = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-05", "30.00")), List.of(),
                "2026-01-06");
        assertEquals(List.of("2026-01-05 | Part paid: £30.00 arrived on time; £20.00 still owed | 30.00"
                + " | 20.00 | 20.00"), Build.rows(tomorrow));
    }

    @Test
    @DisplayName("paid on the day, it is Paid on the day")
    void paidOnTheDay() {
        ArrearsSchedule today = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-12", "50.00"),
                pay("2026-01-05", "50.00")), List.of(), "2026-01-12");
        assertEquals("2026-01-12 | Paid | 50.00 | 0.00 | 0.00", Build.rows(today).get(1));
    }

    @Test
    @DisplayName("a run of missed dues is neither counted on nor broken by today's")
    void aRunOfMissedDuesCarriesOverToday() {
        // 5 and 12 Jan missed; 19 Jan is today with nothing yet: 2 in a row, not 3 and not 0.
        ArrearsSchedule today = Build.schedule(FIFTY_WEEKLY, List.of(), List.of(), "2026-01-19");
        assertEquals(List.of(LineStatus.NOTHING_RECEIVED, LineStatus.NOTHING_RECEIVED, LineStatus.DUE_TODAY),
                today.lines().stream().map(ScheduleLine::status).toList());
        assertEquals(2, today.missedInARow());
        assertEquals(3, Build.schedule(FIFTY_WEEKLY, List.of(), List.of(), "2026-01-20").missedInARow());
    }
}
