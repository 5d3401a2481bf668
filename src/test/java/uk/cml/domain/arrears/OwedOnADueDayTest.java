package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import uk.cml.domain.Money;
import org.junit.jupiter.api.Test;

/**
 * Every figure called owed leaves out the due whose day is not over, by one rule ({@link
 * ArrearsSchedule#owedLeavingOutNotMissed}): the balance on a day, the series a chart draws, and the run of arrears.
 * £50 weekly on Mondays from 5 Jan 2026; 12 Jan (a Monday) is today and nothing has arrived for it.
 */
@DisplayName("On a due day, owed leaves today's due out everywhere")
class OwedOnADueDayTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    @Test
    @DisplayName("the balance owed today, the chart's series and its last point are the passed dues' figure")
    void owedTodayAndTheSeries() {
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-06", "20.00")), List.of(),
                "2026-01-12");
        assertEquals(m("80.00"), schedule.owedNow(), "the running balance counts today's due");
        assertEquals(m("30.00"), schedule.owedOn(d("2026-01-12")));
        assertEquals(m("30.00"), schedule.owedOn(d("2026-01-11")), "before today's due nothing changes");
        assertEquals(m("50.00"), schedule.stillDueNow());
        List<Money> series = new ArrayList<>(schedule.owedSeries().values());
        assertEquals(m("30.00"), series.get(series.size() - 1), "the chart ends on what is owed: " + series);
        assertEquals(schedule.owedOnPassedDues(), series.get(series.size() - 1));
        assertEquals(Optional.of(d("2026-01-05")), RunningBalance.owedWithoutBreakSince(schedule));
    }

    @Test
    @DisplayName("when only today's due is unpaid nothing is owed, so no run of arrears starts today")
    void onlyTodaysDueUnpaid() {
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-05", "50.00")), List.of(),
                "2026-01-12");
        assertEquals(m("0.00"), schedule.owedOn(d("2026-01-12")));
        assertEquals(Optional.empty(), RunningBalance.owedWithoutBreakSince(schedule),
                "the balance went above zero only with today's due, which is not missed yet");
        List<Money> series = new ArrayList<>(schedule.owedSeries().values());
        assertEquals(m("0.00"), series.get(series.size() - 1), series.toString());
    }

    @Test
    @DisplayName("a due of Saturday 31 Oct, on time by Monday 2 Nov: on the Monday it is not owed at the start of the month")
    void weekendDueAtTheMonthsEnd() {
        // Beside it, a plan due on the 30th: Friday 30 Oct is unpaid and its day is over, so it is owed.
        ArrearsSchedule schedule = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-09-30")),
                List.of(pay("2026-09-30", "100.00")), List.of(), "2026-11-02");
        ArrearsSchedule weekend = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-08-31")),
                List.of(pay("2026-08-31", "100.00"), pay("2026-09-30", "100.00")), List.of(), "2026-11-02");
        assertEquals(LineStatus.DUE_TODAY, weekend.dueNow().orElseThrow().status());
        assertEquals(d("2026-10-31"), weekend.dueNow().orElseThrow().date());
        assertEquals(m("100.00"), weekend.balanceOn(d("2026-10-31")), "the running balance counts it");
        assertEquals(m("0.00"), weekend.owedOn(d("2026-10-31")), "owed at the end of October leaves it out");
        assertEquals(m("100.00"), schedule.owedOn(d("2026-10-31")), "a missed due of a weekday is owed");
    }

    @Test
    @DisplayName("seen weeks later, Saturday 31 Oct's unpaid due becomes owed at the end of Monday 2 Nov, not before")
    void weekendDueSeenLater() {
        // By hand: owed 0 at the end of 31 Oct and of 1 Nov (it could still arrive on time), 100 at the end of 2 Nov;
        // a chart steps on 2 Nov, and the arrears are owed without a break since then.
        ArrearsSchedule later = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-08-31")),
                List.of(pay("2026-08-31", "100.00"), pay("2026-09-30", "100.00")), List.of(), "2026-11-20");
        assertEquals(m("0.00"), later.owedOn(d("2026-10-31")));
        assertEquals(m("0.00"), later.owedOn(d("2026-11-01")));
        assertEquals(m("100.00"), later.owedOn(d("2026-11-02")));
        assertEquals(m("0.00"), later.owedSeries().get(d("2026-10-31")), later.owedSeries().toString());
        assertEquals(m("100.00"), later.owedSeries().get(d("2026-11-02")), later.owedSeries().toString());
        assertEquals(Optional.of(d("2026-11-02")), RunningBalance.owedWithoutBreakSince(later));
        // Part of it on the Sunday: only what was still to come is left out until the Monday is over.
        ArrearsSchedule part = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-08-31")),
                List.of(pay("2026-08-31", "100.00"), pay("2026-09-30", "100.00"), pay("2026-11-01", "30.00")),
                List.of(), "2026-11-20");
        assertEquals(m("0.00"), part.owedOn(d("2026-11-01")));
        assertEquals(m("70.00"), part.owedOn(d("2026-11-02")));
    }

    @Test
    @DisplayName("a schedule to a day already over counts its last day's due as owed")
    void aDayAlreadyOver() {
        ArrearsSchedule over = new ArrearsCalculator().calculate(FIFTY_WEEKLY, List.of(pay("2026-01-05", "50.00")),
                List.of(), d("2026-01-12"), d("2026-12-02"), FeeRule.NONE);
        assertEquals(m("50.00"), over.owedOn(d("2026-01-12")));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 12)), RunningBalance.owedWithoutBreakSince(over));
    }
}
