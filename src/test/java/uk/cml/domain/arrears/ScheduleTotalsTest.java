package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Totals and the balance chart with a write-off, a settlement and a CMS figure, worked out by hand. £50 weekly from
 * Monday 5 Jan 2026: dues 5, 12, 19 Jan. £30 paid on 12 Jan. The CMS writes off £20 on 14 Jan, says the arrears
 * are £50.00 on 16 Jan, and a settlement for £40 still to pay is agreed on Tuesday 20 Jan.
 * Balance: 5 Jan 50; 12 Jan 100 - 30 = 70; 14 Jan 70 - 20 = 50; 16 Jan still 50; 19 Jan 100; 20 Jan the settlement
 * clears 100 - 40 = 60, leaving 40. Due 150 = received 30 + cleared (20 + 60) + owed 40.
 */
@DisplayName("What was due, received and cleared add up, and the chart shows each change")
class ScheduleTotalsTest {

    private static ArrearsSchedule schedule() {
        return Build.schedule(List.of(weekly("50.00", "2026-01-05")), List.of(pay("2026-01-12", "30.00")),
                List.of(adjust("2026-01-14", AdjustmentKind.WRITE_OFF, "20.00"),
                        adjust("2026-01-16", AdjustmentKind.CMS_CONFIRMED_FIGURE, "50.00"),
                        adjust("2026-01-20", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "40.00")), "2026-01-20");
    }

    @Test
    void dueEqualsReceivedPlusClearedPlusOwed() {
        ArrearsSchedule schedule = schedule();
        assertEquals(m("150.00"), schedule.totalDue());
        assertEquals(m("30.00"), schedule.totalReceived());
        assertEquals(m("80.00"), schedule.totalCleared());
        assertEquals(m("40.00"), schedule.owedNow());
        assertEquals(List.of(true, false, false, false),
                schedule.events().stream().map(ScheduleEvent::isPayment).toList());
    }

    @Test
    void theChartHasTheEndOfEachDayTheBalanceChangedAndNotTheDayOfTheCmsFigure() {
        Map<LocalDate, Money> expected = new LinkedHashMap<>();
        expected.put(d("2026-01-05"), m("50.00"));
        expected.put(d("2026-01-12"), m("70.00"));
        expected.put(d("2026-01-14"), m("50.00"));
        expected.put(d("2026-01-19"), m("100.00"));
        expected.put(d("2026-01-20"), m("40.00"));
        assertEquals(expected, schedule().balanceSeries());
    }

    @Test
    void theSumToBePaidStaysOwedOnTheNewestDueAndTheScheduleKeepsItsDateAndPayments() {
        // Owed 100 on 20 Jan (5 Jan: 50 - 20 written off = 30; 12 Jan 20; 19 Jan 50); the 60 given up is cleared
        // oldest first: 30 of 5 Jan, 20 of 12 Jan, 10 of 19 Jan. The £40 to be paid stays owed on 19 Jan.
        ArrearsSchedule schedule = schedule();
        assertEquals(m("40.00"), schedule.lines().get(2).shortBy());
        assertEquals(List.of(LineStatus.SETTLED, LineStatus.SETTLED, LineStatus.NOTHING_RECEIVED),
                schedule.lines().stream().map(ScheduleLine::status).toList());
        assertEquals(d("2026-01-20"), schedule.asOf());
        assertEquals(List.of(pay("2026-01-12", "30.00")), schedule.payments());
    }

    @Test
    void onlySettledWrittenOffAndOffsetAreCleared() {
        List<LineStatus> cleared = Arrays.stream(LineStatus.values()).filter(LineStatus::isCleared).toList();
        assertEquals(List.of(LineStatus.SETTLED, LineStatus.WRITTEN_OFF, LineStatus.OFFSET), cleared);
    }

    @Test
    void beforeTheFirstDueTheMonthlyChartIsEmpty() {
        assertTrue(Build.schedule(List.of(weekly("50.00", "2026-01-05")), List.of(), List.of(), "2026-01-04")
                .expectedVsReceivedByMonth().isEmpty());
    }
}
