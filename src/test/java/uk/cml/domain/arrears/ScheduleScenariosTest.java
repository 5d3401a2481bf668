package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.AdjustmentKind.CMS_CONFIRMED_FIGURE;
import static uk.cml.domain.arrears.AdjustmentKind.OFFSET;
import static uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT;
import static uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.stopped;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole schedules worked out by hand. Unless a case says otherwise the plan is £50.00 weekly from Monday
 * 5 Jan 2026, so dues fall on 5, 12, 19 and 26 Jan and 2 Feb. Same-day order: due, payment, adjustment.
 */
@DisplayName("Arrears schedules worked out by hand")
class ScheduleScenariosTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schedule(String name, List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            String asOf, List<String> expected) {
        assertEquals(expected, Build.rows(Build.schedule(plans, payments, adjustments, asOf)));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            // 5 Jan paid on time; 12 Jan £30 of £50 (short 20); 19 Jan nothing. Balance 50, 0, 50, 20, 70.
            Arguments.of("part payments and a missed due", FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "50.00"), pay("2026-01-12", "30.00")), List.of(), "2026-01-25",
                List.of("2026-01-05 Paid due=50.00 got=50.00 bal=50.00",
                        "2026-01-05 Payment got=50.00 bal=0.00",
                        "2026-01-12 Part paid due=50.00 got=30.00 short=20.00 bal=50.00",
                        "2026-01-12 Payment got=30.00 bal=20.00",
                        "2026-01-19 Missed due=50.00 short=50.00 bal=70.00")),
            // As above, then £70 on 22 Jan pays the £20 left on 12 Jan (10 days late) and 19 Jan (3 days late).
            Arguments.of("shortfalls paid late become Paid late", FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "50.00"), pay("2026-01-12", "30.00"), pay("2026-01-22", "70.00")),
                List.of(), "2026-01-25",
                List.of("2026-01-05 Paid due=50.00 got=50.00 bal=50.00",
                        "2026-01-05 Payment got=50.00 bal=0.00",
                        "2026-01-12 Paid late (10 days) due=50.00 got=50.00 bal=50.00",
                        "2026-01-12 Payment got=30.00 bal=20.00",
                        "2026-01-19 Paid late (3 days) due=50.00 got=50.00 bal=70.00",
                        "2026-01-22 Payment got=70.00 bal=0.00")),
            // £120 on 5 Jan: 50 to 5 Jan, credit 70 (bal -70). 12 Jan takes 50 of it (bal -20, paid ahead).
            // 19 Jan takes the last 20 and is short 30 (bal 30).
            Arguments.of("an overpayment becomes credit", FIFTY_WEEKLY,
                List.of(pay("2026-01-05", "120.00")), List.of(), "2026-01-19",
                List.of("2026-01-05 Paid due=50.00 got=50.00 bal=50.00",
                        "2026-01-05 Payment got=120.00 bal=-70.00",
                        "2026-01-12 Paid due=50.00 got=50.00 bal=-20.00",
                        "2026-01-19 Part paid due=50.00 got=20.00 short=30.00 bal=30.00")),
            // £50 on 1 Jan, before anything was due: credit (bal -50) that pays 5 Jan on time (bal 0).
            Arguments.of("a payment before the first due date", FIFTY_WEEKLY,
                List.of(pay("2026-01-01", "50.00")), List.of(), "2026-01-05",
                List.of("2026-01-01 Payment got=50.00 bal=-50.00",
                        "2026-01-05 Paid due=50.00 got=50.00 bal=0.00")),
            // £50 weekly from 5 Jan, then £60 weekly from Thu 22 Jan: the old plan's 26 Jan due never happens.
            // Dues 5, 12, 19 Jan at 50 and 22, 29 Jan at 60: 150 + 120 = 270.
            Arguments.of("a plan change mid-period",
                List.of(weekly("50.00", "2026-01-05"), weekly("60.00", "2026-01-22")), List.of(), List.of(),
                "2026-01-31",
                List.of("2026-01-05 Missed due=50.00 short=50.00 bal=50.00",
                        "2026-01-12 Missed due=50.00 short=50.00 bal=100.00",
                        "2026-01-19 Missed due=50.00 short=50.00 bal=150.00",
                        "2026-01-22 Missed due=60.00 short=60.00 bal=210.00",
                        "2026-01-29 Missed due=60.00 short=60.00 bal=270.00")),
            // Stopped from 20 Jan (no 26 Jan due), restarted at £60 from 29 Jan.
            Arguments.of("maintenance stopped, then restarted",
                List.of(weekly("50.00", "2026-01-05"), stopped("2026-01-20"), weekly("60.00", "2026-01-29")),
                List.of(), List.of(), "2026-01-31",
                List.of("2026-01-05 Missed due=50.00 short=50.00 bal=50.00",
                        "2026-01-12 Missed due=50.00 short=50.00 bal=100.00",
                        "2026-01-19 Missed due=50.00 short=50.00 bal=150.00",
                        "2026-01-29 Missed due=60.00 short=60.00 bal=210.00")),
            // 12 Jan £20 goes to 5 Jan (bal 80). 20 Jan £60: 30 completes 5 Jan (15 days late), 30 to 12 Jan
            // (bal 70). The settlement that day clears 20 left on 12 Jan and 50 on 19 Jan = 70 (bal 0).
            // 26 Jan and 2 Feb come after it, so they are still owed: bal 50, 100.
            Arguments.of("a settlement clears arrears up to its date, not later dues", FIFTY_WEEKLY,
                List.of(pay("2026-01-12", "20.00"), pay("2026-01-20", "60.00")),
                List.of(adjust("2026-01-20", PART_PAYMENT_SETTLEMENT, "60.00")), "2026-02-02",
                List.of("2026-01-05 Paid late (15 days) due=50.00 got=50.00 bal=50.00",
                        "2026-01-12 Cleared by settlement due=50.00 got=30.00 cleared=20.00 bal=100.00",
                        "2026-01-12 Payment got=20.00 bal=80.00",
                        "2026-01-19 Cleared by settlement due=50.00 cleared=50.00 bal=130.00",
                        "2026-01-20 Payment got=60.00 bal=70.00",
                        "2026-01-20 Adjustment cleared=70.00 bal=0.00",
                        "2026-01-26 Missed due=50.00 short=50.00 bal=50.00",
                        "2026-02-02 Missed due=50.00 short=50.00 bal=100.00")),
            // A settlement dated on a due day includes that day's due: 5, 12, 19 Jan cleared (150); 26 Jan owed.
            Arguments.of("a settlement includes the due on its own date", FIFTY_WEEKLY, List.of(),
                List.of(adjust("2026-01-19", PART_PAYMENT_SETTLEMENT, "0.00")), "2026-01-26",
                List.of("2026-01-05 Cleared by settlement due=50.00 cleared=50.00 bal=50.00",
                        "2026-01-12 Cleared by settlement due=50.00 cleared=50.00 bal=100.00",
                        "2026-01-19 Cleared by settlement due=50.00 cleared=50.00 bal=150.00",
                        "2026-01-19 Adjustment cleared=150.00 bal=0.00",
                        "2026-01-26 Missed due=50.00 short=50.00 bal=50.00")),
            // Nothing paid; £70 written off on 15 Jan: all of 5 Jan, 20 of 12 Jan (30 still owed). bal 100 -> 30.
            Arguments.of("a write-off takes the oldest arrears first", FIFTY_WEEKLY, List.of(),
                List.of(adjust("2026-01-15", WRITE_OFF, "70.00")), "2026-01-19",
                List.of("2026-01-05 Written off due=50.00 cleared=50.00 bal=50.00",
                        "2026-01-12 Missed due=50.00 cleared=20.00 short=30.00 bal=100.00",
                        "2026-01-15 Adjustment cleared=70.00 bal=30.00",
                        "2026-01-19 Missed due=50.00 short=50.00 bal=80.00")),
            // £500 written off when only £100 is owed: only 100 is applied; the balance stops at 0, no credit.
            Arguments.of("a write-off never creates credit", FIFTY_WEEKLY, List.of(),
                List.of(adjust("2026-01-15", WRITE_OFF, "500.00")), "2026-01-19",
                List.of("2026-01-05 Written off due=50.00 cleared=50.00 bal=50.00",
                        "2026-01-12 Written off due=50.00 cleared=50.00 bal=100.00",
                        "2026-01-15 Adjustment cleared=100.00 bal=0.00",
                        "2026-01-19 Missed due=50.00 short=50.00 bal=50.00")),
            // 6 Jan £30 to 5 Jan (short 20, bal 20). 12 Jan due (bal 70). Offset £45 on 13 Jan: 20 to 5 Jan,
            // 25 to 12 Jan (25 still owed). bal 25.
            Arguments.of("an offset reduces arrears", FIFTY_WEEKLY, List.of(pay("2026-01-06", "30.00")),
                List.of(adjust("2026-01-13", OFFSET, "45.00")), "2026-01-13",
                List.of("2026-01-05 Offset due=50.00 got=30.00 cleared=20.00 bal=50.00",
                        "2026-01-06 Payment got=30.00 bal=20.00",
                        "2026-01-12 Missed due=50.00 cleared=25.00 short=25.00 bal=70.00",
                        "2026-01-13 Adjustment cleared=45.00 bal=25.00")),
            // The CMS figure changes nothing: dues 5, 12 Jan (100) less £50 paid = 50 on 12 Jan.
            Arguments.of("a CMS figure changes nothing", FIFTY_WEEKLY, List.of(pay("2026-01-12", "50.00")),
                List.of(adjust("2026-01-12", CMS_CONFIRMED_FIGURE, "80.00")), "2026-01-12",
                List.of("2026-01-05 Paid late (7 days) due=50.00 got=50.00 bal=50.00",
                        "2026-01-12 Missed due=50.00 short=50.00 bal=100.00",
                        "2026-01-12 Payment got=50.00 bal=50.00",
                        "2026-01-12 CMS figure bal=50.00")),
            // Payments after asOf are left out; a due on asOf is in.
            Arguments.of("nothing after the as-of date", FIFTY_WEEKLY, List.of(pay("2026-01-06", "50.00")),
                List.of(adjust("2026-01-06", WRITE_OFF, "50.00")), "2026-01-05",
                List.of("2026-01-05 Missed due=50.00 short=50.00 bal=50.00"))
        );
    }
}
