package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A new amount changes the amount, not the payment day. A hand-check found a plan due on the 31st changed from
 * 20 Apr 2026: the form offered 30 Apr (the 31st in April), and once saved every later due fell on the 30th, so money
 * on the 31st was a day late and a letter on 31 Dec said £250 owed since 30 Dec. Dates worked on a calendar: 2026
 * months of 30 days are Apr, Jun, Sep, Nov; 31 Dec 2026 is a Thursday, 29 Dec 2026 a Tuesday; 2025 is not a leap
 * year, so 29 Feb 2024's plan falls on 28 Feb 2025.
 */
@DisplayName("A monthly plan continuing the one before keeps its day of the month")
class PlanDayTest {

    private static final PaymentFrequency MONTHLY = PaymentFrequency.MONTHLY;
    /** £200 a month from Sat 31 Jan 2026, then £250 from Thu 30 Apr 2026 (the date the form offers for 20 Apr). */
    private static final List<PaymentPlan> THIRTY_FIRST = List.of(plan("200.00", MONTHLY, "2026-01-31"),
            plan("250.00", MONTHLY, "2026-04-30"));

    private static List<String> dueDates(List<PaymentPlan> plans, String asOf) {
        return DueGenerator.dueUpTo(DueGenerator.inForceOrder(plans), d(asOf), FeeRule.NONE).stream()
                .map(due -> due.date() + " " + due.amount().toPlainString()).toList();
    }

    private static LocalDate nextAfter(List<PaymentPlan> plans, String after) {
        return Build.schedule(plans, List.of(), List.of(), after).nextDue(d(after)).orElseThrow().date();
    }

    @Test
    void theThirtyFirstComesBackAfterTheChange() {
        assertEquals(List.of("2026-01-31 200.00", "2026-02-28 200.00", "2026-03-31 200.00", "2026-04-30 250.00",
                "2026-05-31 250.00", "2026-06-30 250.00", "2026-07-31 250.00", "2026-08-31 250.00",
                "2026-09-30 250.00", "2026-10-31 250.00", "2026-11-30 250.00", "2026-12-31 250.00"),
                dueDates(THIRTY_FIRST, "2026-12-31"));
        assertEquals(d("2026-12-31"), nextAfter(THIRTY_FIRST, "2026-12-04"), "Thu 31 Dec, not Wed 30 Dec");
        assertEquals(d("2026-01-31"), PlanDay.anchor(THIRTY_FIRST.get(1), THIRTY_FIRST));
    }

    @Test
    void moneyOnEachDueIsOnTimeAndNothingIsOwedOnThe31stOfDecember() {
        // Every due paid on its own day: on 31 Dec the £250 due that day is awaited, nothing is owed.
        List<Payment> payments = new ArrayList<>();
        for (String due : List.of("2026-01-31", "2026-02-28", "2026-03-31")) {
            payments.add(pay(due, "200.00"));
        }
        for (String due : List.of("2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30",
                "2026-10-31", "2026-11-30")) {
            payments.add(pay(due, "250.00"));
        }
        ArrearsSchedule schedule = Build.schedule(THIRTY_FIRST, payments, List.of(), "2026-12-31");
        List<String> statuses = schedule.lines().stream().map(l -> l.date() + " " + l.status()).toList();
        assertEquals(List.of("2026-01-31 PAID", "2026-02-28 PAID", "2026-03-31 PAID", "2026-04-30 PAID",
                "2026-05-31 PAID", "2026-06-30 PAID", "2026-07-31 PAID", "2026-08-31 PAID", "2026-09-30 PAID",
                "2026-10-31 PAID", "2026-11-30 PAID", "2026-12-31 DUE_TODAY"), statuses);
        assertEquals("0.00", schedule.owedOnPassedDues().toPlainString(), "the figure the Overview and letters give");
    }

    @Test
    void theTwentyNinthOfALeapFebruaryComesBackAfter28Feb2025() {
        // 29 Feb 2024 monthly; the CMS changes the amount from Mon 10 Feb 2025. The form offers the plan's own date
        // that month, Fri 28 Feb 2025; saved, the plan is due on the 29th again from March.
        List<PaymentPlan> before = List.of(plan("150.00", MONTHLY, "2024-02-29"));
        PlanInput typed = new PlanInput("175.00", MONTHLY, d("2025-02-10"), false, "CMS letter");
        assertEquals(d("2025-02-28"), PlanRhythm.check(typed, before).orElseThrow().suggested());
        List<PaymentPlan> plans = List.of(before.get(0), plan("175.00", MONTHLY, "2025-02-28"));
        List<String> from2025 = dueDates(plans, "2026-12-31").stream().filter(s -> s.startsWith("202")
                && s.compareTo("2025-01") > 0).toList();
        assertEquals(List.of("2025-01-29 150.00", "2025-02-28 175.00", "2025-03-29 175.00", "2025-04-29 175.00",
                "2025-05-29 175.00", "2025-06-29 175.00", "2025-07-29 175.00", "2025-08-29 175.00",
                "2025-09-29 175.00", "2025-10-29 175.00", "2025-11-29 175.00", "2025-12-29 175.00",
                "2026-01-29 175.00", "2026-02-28 175.00", "2026-03-29 175.00", "2026-04-29 175.00",
                "2026-05-29 175.00", "2026-06-29 175.00", "2026-07-29 175.00", "2026-08-29 175.00",
                "2026-09-29 175.00", "2026-10-29 175.00", "2026-11-29 175.00", "2026-12-29 175.00"), from2025);
        assertEquals(d("2026-12-29"), nextAfter(plans, "2026-12-04"), "Tue 29 Dec 2026");
    }

    @Test
    void aFirstDueOffTheOldDatesMovesThePaymentDay() {
        // The 31st in May is 31 May: a plan typed from 30 May moves the day to the 30th (28 Feb 2027 in February).
        List<PaymentPlan> toThe30th = List.of(THIRTY_FIRST.get(0), plan("250.00", MONTHLY, "2026-05-30"));
        assertEquals(List.of("2026-03-31 200.00", "2026-04-30 200.00", "2026-05-30 250.00", "2026-06-30 250.00",
                "2026-07-30 250.00", "2026-08-30 250.00"), dueDates(toThe30th, "2026-08-31").subList(2, 8));
        assertEquals(d("2026-12-30"), nextAfter(toThe30th, "2026-12-04"));
        // And to the 15th from 15 Apr.
        List<PaymentPlan> toThe15th = List.of(THIRTY_FIRST.get(0), plan("250.00", MONTHLY, "2026-04-15"));
        assertEquals(List.of("2026-03-31 200.00", "2026-04-15 250.00", "2026-05-15 250.00"),
                dueDates(toThe15th, "2026-05-31").subList(2, 5));
    }

    @Test
    void aThirdPlanFollowsTheDayKeptByTheSecond() {
        // 31 Jan, then 30 Apr (day 31 kept), then a change from 20 Jul: offered Fri 31 Jul (not 30 Jul), and a plan
        // from 31 Jul is on the plans' own date, so it is not questioned and stays on the 31st.
        PlanInput typed = new PlanInput("275.00", MONTHLY, d("2026-07-20"), false, "CMS letter");
        PlanRhythm.OffRhythm off = PlanRhythm.check(typed, THIRTY_FIRST).orElseThrow();
        assertEquals(d("2026-07-31"), off.suggested());
        assertEquals("Payments have been due on the 31st of each month (the last day in shorter months). If the new "
                + "amount starts on 20 Jul 2026, the first payment at the new amount is due on Friday 31 Jul 2026.",
                off.message());
        PlanInput offered = new PlanInput("275.00", MONTHLY, d("2026-07-31"), false, "CMS letter");
        assertEquals(Optional.empty(), PlanRhythm.check(offered, THIRTY_FIRST));
        List<PaymentPlan> three = new ArrayList<>(THIRTY_FIRST);
        three.add(plan("275.00", MONTHLY, "2026-07-31"));
        assertEquals(List.of("2026-07-31 275.00", "2026-08-31 275.00", "2026-09-30 275.00"),
                dueDates(three, "2026-09-30").subList(6, 9));
    }

    @Test
    void typedFromThe30thOfAprilDirectlyIsNotQuestionedAndKeepsThe31st() {
        // The form's hint (first payment day on or after the new amount starts) leads a parent to type 30 Apr.
        PlanInput typed = new PlanInput("250.00", MONTHLY, d("2026-04-30"), false, "CMS letter");
        assertEquals(Optional.empty(), PlanRhythm.check(typed, THIRTY_FIRST.subList(0, 1)));
    }

    @Test
    void afterAStopOrAnotherFrequencyThePlanCountsFromItsOwnFirstDue() {
        // Stopped from 1 Mar, due again from 30 Apr: nothing to continue, so the 30th.
        List<PaymentPlan> afterStop = List.of(THIRTY_FIRST.get(0), Build.stopped("2026-03-01"),
                plan("250.00", MONTHLY, "2026-04-30"));
        assertEquals(List.of("2026-01-31 200.00", "2026-02-28 200.00", "2026-04-30 250.00", "2026-05-30 250.00"),
                dueDates(afterStop, "2026-05-31"));
        // Weekly (Fridays) before: a monthly plan from Thu 30 Apr is on the 30th.
        List<PaymentPlan> afterWeekly = List.of(Build.weekly("50.00", "2026-01-02"),
                plan("250.00", MONTHLY, "2026-04-30"));
        assertEquals(List.of("2026-04-30 250.00", "2026-05-30 250.00"),
                dueDates(afterWeekly, "2026-05-31").stream().filter(s -> s.endsWith("250.00")).toList());
        assertEquals(d("2026-04-30"), PlanDay.anchor(afterWeekly.get(1), afterWeekly));
    }

    @Test
    void weeklyPlansAreUnchanged() {
        // Fridays from 2 Jan 2026, a new amount from Fri 6 Mar: still every Friday.
        List<PaymentPlan> plans = List.of(Build.weekly("50.00", "2026-01-02"), Build.weekly("55.00", "2026-03-06"));
        assertEquals(List.of("2026-02-27 50.00", "2026-03-06 55.00", "2026-03-13 55.00"),
                dueDates(plans, "2026-03-13").subList(8, 11));
        assertEquals(d("2026-03-06"), PlanDay.anchor(plans.get(1), plans));
    }
}
