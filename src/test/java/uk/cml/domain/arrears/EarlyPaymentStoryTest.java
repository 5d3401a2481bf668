package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Money sent a day or two early, inside its due's early days ({@link PaymentFrequency#earlyDays()}, "long enough for
 * a payment sent before a weekend or bank holiday"), pays that due, even while an older due or a settlement is
 * owed. Each case is the whole story, due by due ("date | status | received | short | balance"), as the parent
 * sends it to the CMS.
 */
@DisplayName("Money sent early for a weekend pays its own due, whatever else is owed")
class EarlyPaymentStoryTest {

    @Test
    @DisplayName("weekly, 5 Jan missed, every later Monday paid on the Saturday before")
    void weeklyPaidEachSaturdayBefore() {
        // £50 weekly on Mondays from 5 Jan 2026. Nothing for 5 Jan; £50 on Sat 10, 17, 24, 31 Jan and 7 Feb, each
        // 2 days before its Monday (2 days allowed for weekly). Read on Mon 9 Feb. Only 5 Jan was missed: every
        // other week was paid, early. The balance, at the end of each Sunday before the next Monday's due, is 50: the
        // next week's £50 is in the bank by then, but it is that week's, so it counts on its Monday, and 5 Jan's £50
        // stays owed without a break.
        List<Payment> saturdays = new ArrayList<>();
        for (String day : List.of("2026-01-10", "2026-01-17", "2026-01-24", "2026-01-31", "2026-02-07")) {
            saturdays.add(pay(day, "50.00"));
        }
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")), saturdays, List.of(),
                "2026-02-09");
        assertEquals(List.of("2026-01-05 | Nothing received | 0.00 | 50.00 | 50.00",
                "2026-01-12 | Paid | 50.00 | 0.00 | 50.00",
                "2026-01-19 | Paid | 50.00 | 0.00 | 50.00",
                "2026-01-26 | Paid | 50.00 | 0.00 | 50.00",
                "2026-02-02 | Paid | 50.00 | 0.00 | 50.00",
                "2026-02-09 | Paid | 50.00 | 0.00 | 50.00"), Build.rows(schedule));
        assertEquals(java.util.Optional.of(d("2026-01-05")), RunningBalance.owedWithoutBreakSinceDue(schedule));
        assertEquals(m("50.00"), schedule.owedNow());
        assertEquals(0, schedule.missedInARow(), "the latest due was paid, on the Saturday before");
        assertEquals("£50.00 on 7 Feb 2026", schedule.lines().get(5).arrivedText());
        assertEquals(m("50.00"), schedule.missedTotal(d("2026-01-01"), d("2026-02-09")));
    }

    @Test
    @DisplayName("monthly, January missed, dues on a weekend paid the Friday before")
    void monthlyWeekendDuesPaidTheFridayBefore() {
        // £100 on the 1st from 1 Jan 2026. Nothing for January. Sun 1 Feb paid Fri 30 Jan, Sun 1 Mar paid
        // Fri 27 Feb, Sat 1 Aug paid Fri 31 Jul (7 days allowed for monthly); the rest paid on the day. Read on
        // 3 Aug: only January was missed. The balance at the end of the day before each next due is 100 throughout:
        // where that next due was paid early (31 Jan, 28 Feb, 31 Jul) its money counts on its own day.
        ArrearsSchedule schedule = Build.schedule(List.of(plan("100", PaymentFrequency.MONTHLY, "2026-01-01")),
                List.of(pay("2026-01-30", "100"), pay("2026-02-27", "100"), pay("2026-04-01", "100"),
                        pay("2026-05-01", "100"), pay("2026-06-01", "100"), pay("2026-07-01", "100"),
                        pay("2026-07-31", "100")), List.of(), "2026-08-03");
        assertEquals(List.of("2026-01-01 | Nothing received | 0.00 | 100.00 | 100.00",
                "2026-02-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-03-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-04-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-05-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-06-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-07-01 | Paid | 100.00 | 0.00 | 100.00",
                "2026-08-01 | Paid | 100.00 | 0.00 | 100.00"), Build.rows(schedule));
        assertEquals(java.util.Optional.of(d("2026-01-01")), RunningBalance.owedWithoutBreakSinceDue(schedule));
        assertEquals(0, schedule.missedInARow());
        assertEquals(m("100.00"), schedule.owedNow());
    }

    @Test
    @DisplayName("a regular payment sent early after a settlement pays the regular due, not the settlement")
    void regularPaymentAlongsideASettlement() {
        // £100 on the 1st from 1 Jan 2026; nothing for January to March (300 owed). On 10 Mar a settlement: £150 to
        // clear the lot (150 cleared). The £100 for 1 Apr arrives on 28 Mar (4 days early): it pays 1 Apr, as
        // regular payments continue beside a settlement. Read on 2 Apr: none of the £150 has arrived, so it is still
        // owed on the dues it covers: the 150 given up clears January and 50 of February, oldest first.
        List<PaymentPlan> monthly = List.of(plan("100", PaymentFrequency.MONTHLY, "2026-01-01"));
        List<Adjustment> settled = List.of(adjust("2026-03-10", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "150.00"));
        ArrearsSchedule early = Build.schedule(monthly, List.of(pay("2026-03-28", "100")), settled, "2026-04-02");
        assertEquals(List.of("2026-01-01 | Settled | 0.00 | 0.00 | 100.00",
                "2026-02-01 | Nothing received | 0.00 | 50.00 | 200.00",
                // At the end of 31 Mar: 150 settled for; April's 100 that came early on 28 Mar counts on 1 Apr.
                "2026-03-01 | Nothing received | 0.00 | 100.00 | 150.00",
                "2026-04-01 | Paid | 100.00 | 0.00 | 150.00"), Build.rows(early));
        SettlementStatus settlement = early.settlement().orElseThrow();
        assertEquals(m("0.00"), settlement.received());
        assertEquals(m("150.00"), settlement.stillToArrive());
        assertTrue(settlement.warning().isPresent());
        assertEquals(0, early.missedInARow());

        // £150 on 15 Apr is beyond April's due, so it goes to the settlement: paid in full that day.
        ArrearsSchedule paid = Build.schedule(monthly, List.of(pay("2026-03-28", "100"), pay("2026-04-15", "150")),
                settled, "2026-04-20");
        assertEquals("2026-04-01 | Paid | 100.00 | 0.00 | 0.00", Build.rows(paid).get(3));
        assertEquals(d("2026-04-15"), paid.settlement().orElseThrow().paidInFull().orElseThrow());
        assertEquals(m("0.00"), paid.owedNow());
    }

    @Test
    @DisplayName("early money beyond its own due still goes to older arrears, the oldest first")
    void earlyMoneyBeyondItsDuePaysArrears() {
        // £50 weekly from 5 Jan; nothing for 5 or 12 Jan. £120 on Sat 17 Jan, 2 days before 19 Jan: £50 for
        // 19 Jan, then £50 completes 5 Jan (the oldest owed, 12 days late), then £20 towards 12 Jan.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(pay("2026-01-17", "120.00")), List.of(), "2026-01-23");
        assertEquals(List.of("2026-01-05 | Arrived late (12 days) | 50.00 | 0.00 | 50.00",
                // At the end of Sun 18 Jan: 100 due, 120 arrived the day before, 50 of it 19 Jan's (counted then).
                "2026-01-12 | Part paid: £20.00 of the £120.00 that arrived on 17 Jan 2026 counts towards it (5 days late); £30.00 still owed | 20.00 | 30.00 | 30.00",
                "2026-01-19 | Paid | 50.00 | 0.00 | 30.00"), Build.rows(schedule));
        assertEquals(m("70.00"), schedule.lines().get(2).towardsArrears());
    }

    @Test
    @DisplayName("money earlier than the early days is still late money for the due before")
    void moneyBeforeTheEarlyDaysIsLateForTheDueBefore() {
        // £50 weekly from 5 Jan; nothing for 5 Jan by its period's end (9 Jan). £50 on Fri 9 Jan, 3 days before
        // 12 Jan (only 2 allowed): in 5 Jan's period, so 5 Jan is paid late (4 days); 12 Jan nothing.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")),
                List.of(pay("2026-01-09", "50.00")), List.of(), "2026-01-16");
        assertEquals(List.of("2026-01-05 | Arrived late (4 days) | 50.00 | 0.00 | 0.00",
                "2026-01-12 | Nothing received | 0.00 | 50.00 | 50.00"), Build.rows(schedule));
    }
}
