package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * The plans table's "How often": a walk-through found "Weekly" and never the weekday, which is what a parent checks
 * against the CMS letter's "every Friday". Weekdays checked by hand against the 2026 calendar.
 */
@DisplayName("How often a plan falls due, with its day")
class PlanWordsTest {

    private static String often(PaymentFrequency frequency, LocalDate first) {
        PaymentPlan plan = new PaymentPlan(1, Money.ofPence(51_87), frequency, first, "CMS letter");
        return PlanWords.howOften(plan, List.of(plan));
    }

    @Test
    @DisplayName("weekly, every 2 and every 4 weeks say the weekday; monthly the day of the month")
    void withTheDay() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals("Weekly, on Fridays", often(PaymentFrequency.WEEKLY, friday));
        assertEquals("Every 2 weeks, on Fridays", often(PaymentFrequency.FORTNIGHTLY, friday));
        assertEquals("Every 4 weeks, on Wednesdays", often(PaymentFrequency.FOUR_WEEKLY, LocalDate.of(2026, 12, 2)));
        assertEquals("Monthly, on day 4 of each month", often(PaymentFrequency.MONTHLY, friday));
        assertEquals("Monthly, on the 31st (the last day in shorter months)",
                often(PaymentFrequency.MONTHLY, LocalDate.of(2026, 12, 31)));
        assertEquals("", PlanWords.howOften(PaymentPlan.stopped(2, friday, "CMS letter"), List.of()), "a stop has no rhythm");
    }

    @Test
    @DisplayName("the plan form says the day a monthly plan typed will fall on, and when it keeps the day before")
    void theDayOfTheMonthBeforeSaving() {
        List<PaymentPlan> on31st = List.of(new PaymentPlan(1, Money.ofPence(200_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 31), "CMS letter"));
        PaymentFrequency monthly = PaymentFrequency.MONTHLY;
        assertEquals("Runs on the 31st of each month (the last day in shorter months), as the plan before it: 28 Feb "
                + "2026 is its payment day in February. To move payments to day 28, save this plan, then add another "
                + "at the same amount from 28 Mar 2026.",
                PlanWords.dayOfMonth(monthly, LocalDate.of(2026, 2, 28), false, on31st));
        assertEquals("Runs on day 15 of each month.",
                PlanWords.dayOfMonth(monthly, LocalDate.of(2026, 4, 15), false, on31st));
        assertEquals("Runs on the 31st of each month (the last day in shorter months).",
                PlanWords.dayOfMonth(monthly, LocalDate.of(2026, 5, 31), false, on31st), "its own date in a long month");
        assertEquals("", PlanWords.dayOfMonth(PaymentFrequency.WEEKLY, LocalDate.of(2026, 4, 30), false, on31st));
        assertEquals("", PlanWords.dayOfMonth(monthly, LocalDate.of(2026, 4, 30), true, on31st), "a stop");
        assertEquals("", PlanWords.dayOfMonth(monthly, null, false, on31st), "no date yet");
        // A plan after a stop has no day to keep.
        List<PaymentPlan> stopped = List.of(on31st.get(0), PaymentPlan.stopped(2, LocalDate.of(2026, 3, 1), "CMS"));
        assertEquals("Runs on the 30th of each month (the last day in shorter months).",
                PlanWords.dayOfMonth(monthly, LocalDate.of(2026, 4, 30), false, stopped));
    }
}
