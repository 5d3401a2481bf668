package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where each payment's pounds went: to its own due, to older arrears, or kept as credit. The plan is £50.00 weekly
 * from Monday 5 Jan 2026, so the periods are 3-9 Jan, 10-16 Jan, 17-23 Jan, 24-30 Jan.
 */
class MoneyFlowTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    @Test
    void moneyBeforeItsDueDatePaysTheOlderDueFirstThenItsOwnThenIsKept() {
        // Nothing for 5 Jan. £120 on Sat 10 Jan, before the 12 Jan due with 5 Jan still owed: £50 to 5 Jan, £50 to
        // 12 Jan, £20 kept, which pays towards 19 Jan (short £30). Nothing arrived in 19 Jan's days (17-23 Jan), so
        // it is not "Part paid": it says nothing arrived and names the £20 carried.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-10", "120.00")), List.of(),
                "2026-01-23");
        // 5 Jan's balance is at the end of Sun 11 Jan, the day before the next due: 50 due, 120 arrived, of which
        // 12 Jan's 50 counts on 12 Jan: 20 ahead.
        assertEquals(List.of("2026-01-05 | Arrived late (5 days) | 50.00 | 0.00 | -20.00",
                "2026-01-12 | Paid | 50.00 | 0.00 | -20.00",
                "2026-01-19 | Nothing received; £20.00 paid over on 10 Jan 2026 counts towards it; £30.00 still owed"
                + " | 20.00 | 30.00 | 30.00"), Build.rows(schedule));
        ScheduleLine twelfth = schedule.lines().get(1);
        assertEquals(m("120.00"), twelfth.arrivedInPeriod());
        assertEquals(m("50.00"), twelfth.towardsArrears());
        assertEquals(m("20.00"), twelfth.heldAsCredit());
        assertEquals(m("0.00"), schedule.lines().get(0).arrivedInPeriod());
        assertEquals(List.of("£50.00 of £120.00 on 10 Jan 2026 (towards arrears)",
                "£50.00 of £120.00 on 10 Jan 2026 + £50.00 towards arrears + £20.00 kept as credit",
                "Nothing arrived; £20.00 of £120.00 paid ahead on 10 Jan 2026"), Build.arrived(schedule));
    }

    @Test
    void twoLatePaymentsCompleteOneDueBetweenThem() {
        // Nothing for 5 Jan. £70 on 12 Jan: £50 for 12 Jan, £20 towards 5 Jan (short 30). £80 on 19 Jan: £50 for
        // 19 Jan, £30 completes 5 Jan, 14 days late: each part with its own days, £20 having come 7 days late.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY,
                List.of(pay("2026-01-12", "70.00"), pay("2026-01-19", "80.00")), List.of(), "2026-01-23");
        assertEquals(List.of("2026-01-05 | Paid in full, late: £20.00 of the £70.00 that arrived on 12 Jan 2026 counts towards it (7 days late); £30.00 of the £80.00 that arrived on 19 Jan 2026 counts towards it (14 days late)"
                + " | 50.00 | 0.00 | 50.00",
                "2026-01-12 | Paid | 50.00 | 0.00 | 30.00",
                "2026-01-19 | Paid | 50.00 | 0.00 | 0.00"), Build.rows(schedule));
        assertEquals(List.of("£20.00 of £70.00 on 12 Jan 2026 (towards arrears); £30.00 of £80.00 on 19 Jan 2026 "
                        + "(towards arrears)",
                "£50.00 of £70.00 on 12 Jan 2026 + £20.00 towards arrears",
                "£50.00 of £80.00 on 19 Jan 2026 + £30.00 towards arrears"), Build.arrived(schedule));
        assertEquals(m("30.00"), schedule.lines().get(2).towardsArrears());
        assertEquals(m("0.00"), schedule.lines().get(2).heldAsCredit());
    }

    @Test
    void aLatePaymentPaysTheOldestDueStillOwedFirst() {
        // Nothing for 5 or 12 Jan. £130 on 19 Jan: £50 for 19 Jan, then £50 completes 5 Jan (the oldest still owed:
        // the general rule of appropriation), then £30 towards 12 Jan (short 20).
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-19", "130.00")), List.of(),
                "2026-01-23");
        assertEquals(List.of("2026-01-05 | Arrived late (14 days) | 50.00 | 0.00 | 50.00",
                "2026-01-12 | Part paid: £30.00 of the £130.00 that arrived on 19 Jan 2026 counts towards it (7 days late); £20.00 still owed | 30.00 | 20.00 | 100.00",
                "2026-01-19 | Paid | 50.00 | 0.00 | 20.00"), Build.rows(schedule));
        assertEquals(m("80.00"), schedule.lines().get(2).towardsArrears());
    }
}
