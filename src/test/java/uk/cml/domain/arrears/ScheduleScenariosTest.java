package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.AdjustmentKind.OFFSET;
import static uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT;
import static uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.stopped;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What arrived for each due, worked out by hand. Each row is "due date | status | received for it | still short |
 * balance at the end of its period". Unless a case says otherwise the plan is £50.00 weekly from Monday
 * 5 Jan 2026, so dues fall on 5, 12, 19, 26 Jan; money counts for a weekly due from 2 days before it, so the
 * periods are 3-9 Jan, 10-16 Jan, 17-23 Jan, 24-30 Jan (the latest runs to the as-of date).
 */
@DisplayName("What arrived for each due, worked out by hand")
class ScheduleScenariosTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));
    private static final PaymentFrequency MONTHLY = PaymentFrequency.MONTHLY;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schedule(String name, List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            String asOf, List<String> expected) {
        assertEquals(expected, Build.rows(Build.schedule(plans, payments, adjustments, asOf)));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            // 5 Jan: £50 that day. 12 Jan: £30 of £50, short 20 (bal 20). 19 Jan: nothing (bal 20 + 50 = 70).
            Arguments.of("on time, part paid, nothing", FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "50.00"), pay("2026-01-12", "30.00")), List.of(), "2026-01-25",
                List.of("2026-01-05 | Paid | 50.00 | 0.00 | 0.00",
                        "2026-01-12 | Part paid: £30.00 arrived on time; £20.00 still owed | 30.00 | 20.00 | 20.00",
                        "2026-01-19 | Nothing received | 0.00 | 50.00 | 70.00")),
            // 5 Jan: £50 on 7 Jan, 2 days late, still in its period (bal 0). 12 Jan: nothing in 10-16 Jan (bal 50).
            // 19 Jan: £100 that day: 50 for 19 Jan, 50 towards 12 Jan, which is paid late by 7 days (bal 0).
            Arguments.of("late in its period, and made up by a later surplus", FIFTY_WEEKLY,
                List.of(pay("2026-01-07", "50.00"), pay("2026-01-19", "100.00")), List.of(), "2026-01-23",
                List.of("2026-01-05 | Arrived late (2 days) | 50.00 | 0.00 | 0.00",
                        "2026-01-12 | Arrived late (7 days) | 50.00 | 0.00 | 50.00",
                        "2026-01-19 | Paid | 50.00 | 0.00 | 0.00")),
            // £50 on Sat 3 Jan and £50 on Sat 10 Jan: each 2 days early, inside its due's period, so Paid.
            // Balance by the bank: 3 Jan -50, 5 Jan 0; 10 Jan -50, 12 Jan 0. 10 Jan's money is 12 Jan's, counted on
            // its day, so the 5 Jan row (end of Sun 11 Jan) shows 0.
            Arguments.of("early within the 2 days allowed", FIFTY_WEEKLY,
                List.of(pay("2026-01-03", "50.00"), pay("2026-01-10", "50.00")), List.of(), "2026-01-16",
                List.of("2026-01-05 | Paid | 50.00 | 0.00 | 0.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 0.00")),
            // 5 Jan nothing in 3-9 Jan (bal 50). £50 on Sat 10 Jan is inside 12 Jan's early days, so it pays 12 Jan
            // even though 5 Jan is owed (the early days are for money sent before a weekend). £50 on 12 Jan is
            // beyond 12 Jan, so it completes 5 Jan, 7 days late. At the end of Sun 11 Jan, the day before the next
            // due, 50 due and 50 in, but that 50 is 12 Jan's, counted on its day: 5 Jan's 50 is owed (bal 50); 0 at
            // 16 Jan.
            Arguments.of("early inside its period pays its own due even with arrears owed", FIFTY_WEEKLY,
                List.of(pay("2026-01-10", "50.00"), pay("2026-01-12", "50.00")), List.of(), "2026-01-16",
                List.of("2026-01-05 | Arrived late (7 days) | 50.00 | 0.00 | 50.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 0.00")),
            // The sample-case bug: 5 Jan nothing (bal 50). £50 arrives on 12 Jan, the day 12 Jan is due: it pays
            // 12 Jan, which is Paid, not "missed" because of the older arrear (bal 50 + 50 - 50 = 50).
            Arguments.of("paid on its own day while older arrears are owed", FIFTY_WEEKLY,
                List.of(pay("2026-01-12", "50.00")), List.of(), "2026-01-16",
                List.of("2026-01-05 | Nothing received | 0.00 | 50.00 | 50.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 50.00")),
            // £150 on 1 Jan, before the first period (3 Jan): credit (bal -150). Each due takes 50 of it as it
            // begins: bal -100 at 9 Jan, -50 at 16 Jan, 0 at 19 Jan.
            Arguments.of("one payment covering three dues in advance, before the first due", FIFTY_WEEKLY,
                List.of(pay("2026-01-01", "150.00")), List.of(), "2026-01-19",
                List.of("2026-01-05 | Paid in advance | 50.00 | 0.00 | -100.00",
                        "2026-01-12 | Paid in advance | 50.00 | 0.00 | -50.00",
                        "2026-01-19 | Paid in advance | 50.00 | 0.00 | 0.00")),
            // £100 on 5 Jan: 50 for 5 Jan, 50 kept as credit (bal -50); 12 Jan takes it (bal 0).
            Arguments.of("double payment for two periods", FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "100.00")), List.of(), "2026-01-16",
                List.of("2026-01-05 | Paid | 50.00 | 0.00 | -50.00",
                        "2026-01-12 | Paid in advance | 50.00 | 0.00 | 0.00")),
            // 5 Jan nothing (bal 50). £80 on 12 Jan: 50 for 12 Jan, 30 towards 5 Jan, short 20 (bal 20).
            Arguments.of("a surplus goes to older arrears", FIFTY_WEEKLY,
                List.of(pay("2026-01-12", "80.00")), List.of(), "2026-01-16",
                List.of("2026-01-05 | Part paid: £30.00 of the £80.00 that arrived on 12 Jan 2026 counts towards it (7 days late); £20.00 still owed | 30.00 | 20.00 | 50.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 20.00")),
            // £50 weekly from 5 Jan, then £60 weekly from Thu 22 Jan: the old plan's 26 Jan due never happens.
            // 19 Jan's period ends on 19 Jan because 22 Jan's begins on 20 Jan. 5, 12, 19, 22 Jan paid on the
            // day (bal 0); 29 Jan nothing (bal 60).
            Arguments.of("a plan change mid-month",
                List.of(weekly("50.00", "2026-01-05"), weekly("60.00", "2026-01-22")),
                List.of(pay("2026-01-05", "50.00"), pay("2026-01-12", "50.00"), pay("2026-01-19", "50.00"),
                        pay("2026-01-22", "60.00")), List.of(), "2026-01-31",
                List.of("2026-01-05 | Paid | 50.00 | 0.00 | 0.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 0.00",
                        "2026-01-19 | Paid | 50.00 | 0.00 | 0.00",
                        "2026-01-22 | Paid | 60.00 | 0.00 | 0.00",
                        "2026-01-29 | Nothing received | 0.00 | 60.00 | 60.00")),
            // Stopped from Mon 19 Jan, a due day: the 19 Jan due is not owed. Dues 5, 12 Jan only: bal 50, 100.
            Arguments.of("a plan that stops on a due day", List.of(weekly("50.00", "2026-01-05"),
                    stopped("2026-01-19")), List.of(), List.of(), "2026-01-25",
                List.of("2026-01-05 | Nothing received | 0.00 | 50.00 | 50.00",
                        "2026-01-12 | Nothing received | 0.00 | 50.00 | 100.00")),
            // £100 monthly on the 31st from 31 Jan 2028 (leap year): dues 31 Jan, 29 Feb, 31 Mar (back on the
            // 31st), 30 Apr. Paid on each day but 30 Apr: bal 0, 0, 0, then 100 (read on Wed 3 May: 30 Apr is a
            // Sunday and 1 May a bank holiday, so it could arrive on time until Tue 2 May).
            Arguments.of("monthly on the 31st through a leap February",
                List.of(plan("100.00", MONTHLY, "2028-01-31")),
                List.of(pay("2028-01-31", "100"), pay("2028-02-29", "100"), pay("2028-03-31", "100")), List.of(),
                "2028-05-03",
                List.of("2028-01-31 | Paid | 100.00 | 0.00 | 0.00",
                        "2028-02-29 | Paid | 100.00 | 0.00 | 0.00",
                        "2028-03-31 | Paid | 100.00 | 0.00 | 0.00",
                        "2028-04-30 | Nothing received | 0.00 | 100.00 | 100.00")),
            // £100 monthly on the 30th from 30 Jan 2027 (common year): 30 Jan, 28 Feb, 30 Mar (the 30th again).
            // Sun 28 Feb paid on 2 Mar: 1 day after Mon 1 Mar, the day it was on time by, inside its period (21 Feb - 22 Mar). 30 Mar nothing (bal 100).
            Arguments.of("monthly on the 30th through a common February",
                List.of(plan("100.00", MONTHLY, "2027-01-30")),
                List.of(pay("2027-01-30", "100"), pay("2027-03-02", "100")), List.of(), "2027-04-05",
                List.of("2027-01-30 | Paid | 100.00 | 0.00 | 0.00",
                        "2027-02-28 | Arrived late (1 day after Mon 1 Mar 2027) | 100.00 | 0.00 | 0.00",
                        "2027-03-30 | Nothing received | 0.00 | 100.00 | 100.00")),
            // £100 monthly on the 29th from 29 Jan 2027: 29 Jan, 28 Feb, 29 Mar. 28 Feb paid on 25 Feb, 3 days
            // early (7 allowed for monthly): Paid. All paid: bal 0 throughout (by the bank -100 at the end of 27 Feb,
            // but February's money counts on its due's day).
            Arguments.of("monthly on the 29th, common year, paid early",
                List.of(plan("100.00", MONTHLY, "2027-01-29")),
                List.of(pay("2027-01-29", "100"), pay("2027-02-25", "100"), pay("2027-03-29", "100")), List.of(),
                "2027-03-31",
                List.of("2027-01-29 | Paid | 100.00 | 0.00 | 0.00",
                        "2027-02-28 | Paid | 100.00 | 0.00 | 0.00",
                        "2027-03-29 | Paid | 100.00 | 0.00 | 0.00")),
            // The same from 29 Jan 2028, a leap year: 29 Jan, 29 Feb, 29 Mar. Nothing for 29 Feb (bal 100).
            Arguments.of("monthly on the 29th, leap year",
                List.of(plan("100.00", MONTHLY, "2028-01-29")),
                List.of(pay("2028-01-29", "100"), pay("2028-03-29", "100")), List.of(), "2028-03-31",
                List.of("2028-01-29 | Paid | 100.00 | 0.00 | 0.00",
                        "2028-02-29 | Nothing received | 0.00 | 100.00 | 100.00",
                        "2028-03-29 | Paid | 100.00 | 0.00 | 100.00")),
            // Settlement agreed on Tue 20 Jan for £40 still to pay. Before it: 5 Jan nothing, 12 Jan £30 (short 20).
            // On 20 Jan owed 150 - 30 = 120: 80 given up, oldest first (5 Jan's 50, 30 of 19 Jan's after 12 Jan's
            // 20), 40 left on 19 Jan. £40 on 21 Jan pays the settlement, shown against 19 Jan, not credit (bal 0):
            // all three Settled. £50 on 26 Jan pays 26 Jan (bal 0).
            // Balances: 9 Jan 50; 16 Jan 100 - 30 = 70; 23 Jan 150 - 30 - 80 - 40 = 0; 30 Jan 0.
            Arguments.of("settlement with money before and after its date", FIFTY_WEEKLY,
                List.of(pay("2026-01-12", "30.00"), pay("2026-01-21", "40.00"), pay("2026-01-26", "50.00")),
                List.of(adjust("2026-01-20", PART_PAYMENT_SETTLEMENT, "40.00")), "2026-01-30",
                List.of("2026-01-05 | Settled | 0.00 | 0.00 | 50.00",
                        "2026-01-12 | Settled | 30.00 | 0.00 | 70.00",
                        "2026-01-19 | Settled | 40.00 | 0.00 | 0.00",
                        "2026-01-26 | Paid | 50.00 | 0.00 | 0.00")),
            // 5 Jan: £20 on 8 Jan (late, part). 12 Jan paid that day. Write-off of £20 on 14 Jan (owed 30 then):
            // clears 20 of the 30 left on 5 Jan, 10 still owed. Balances: 9 Jan 30; 16 Jan 100 - 70 - 20 = 10.
            Arguments.of("part write-off with a late payment", FIFTY_WEEKLY,
                List.of(pay("2026-01-08", "20.00"), pay("2026-01-12", "50.00")),
                List.of(adjust("2026-01-14", WRITE_OFF, "20.00")), "2026-01-16",
                List.of("2026-01-05 | Part paid: £20.00 arrived 3 days late; £10.00 still owed | 20.00 | 10.00 | 30.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 10.00")),
            // As above but £30 written off: 5 Jan is Written off, and still shows the £20 that arrived.
            Arguments.of("whole write-off after a late part payment", FIFTY_WEEKLY,
                List.of(pay("2026-01-08", "20.00"), pay("2026-01-12", "50.00")),
                List.of(adjust("2026-01-14", WRITE_OFF, "30.00")), "2026-01-16",
                List.of("2026-01-05 | Written off | 20.00 | 0.00 | 30.00",
                        "2026-01-12 | Paid | 50.00 | 0.00 | 0.00")),
            // 5 Jan: £30 on 6 Jan (short 20, bal 20 at 9 Jan). 12 Jan due, nothing. Offset £45 on 13 Jan (owed 70):
            // 20 to 5 Jan (now Offset), 25 to 12 Jan (25 still owed). bal 25.
            Arguments.of("offsetting", FIFTY_WEEKLY, List.of(pay("2026-01-06", "30.00")),
                List.of(adjust("2026-01-13", OFFSET, "45.00")), "2026-01-13",
                List.of("2026-01-05 | Offset | 30.00 | 0.00 | 20.00",
                        "2026-01-12 | Nothing received | 0.00 | 25.00 | 25.00"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrivals")
    void whatArrivedReadsLikeTheBankStatement(String name, List<Payment> payments, List<Adjustment> adjustments,
            String asOf, List<String> expected) {
        assertEquals(expected, Build.arrived(Build.schedule(FIFTY_WEEKLY, payments, adjustments, asOf)));
    }

    static Stream<Arguments> arrivals() {
        return Stream.of(
            Arguments.of("surplus towards arrears", List.of(pay("2026-01-12", "80.00")), List.of(), "2026-01-16",
                List.of("£30.00 of £80.00 on 12 Jan 2026 (towards arrears)",
                        "£50.00 of £80.00 on 12 Jan 2026 + £30.00 towards arrears")),
            Arguments.of("credit", List.of(pay("2026-01-05", "100.00")), List.of(), "2026-01-16",
                List.of("£50.00 of £100.00 on 5 Jan 2026 + £50.00 kept as credit",
                        "£50.00 of £100.00 paid ahead on 5 Jan 2026")),
            Arguments.of("written off, with the money that did arrive",
                List.of(pay("2026-01-08", "20.00"), pay("2026-01-12", "50.00")),
                List.of(adjust("2026-01-14", WRITE_OFF, "30.00")), "2026-01-16",
                List.of("£20.00 on 8 Jan 2026; £30.00 written off", "£50.00 on 12 Jan 2026")),
            Arguments.of("nothing", List.of(), List.of(), "2026-01-05", List.of("No payment")));
    }
}
