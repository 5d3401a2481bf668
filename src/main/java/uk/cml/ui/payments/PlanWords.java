package uk.cml.ui.payments;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanDay;
import uk.cml.ui.common.Messages;

/**
 * How often a plan falls due, with the day it falls on, so a parent can check it against the CMS letter's "every
 * Friday": "Weekly, on Fridays", "Monthly, on day 4 of each month". Empty for a stop. A monthly plan says the day
 * its dues truly fall on: a plan from 30 Apr continuing one due on the 31st is on day 31 ({@link PlanDay}).
 */
final class PlanWords {

    private PlanWords() {
    }

    /** @param plans the case's plans, {@code plan} among them ({@link PlanDay#howOften}, the export's words too) */
    static String howOften(PaymentPlan plan, List<PaymentPlan> plans) {
        return PlanDay.howOften(plan, plans);
    }

    /**
     * What the plan form says under First due on, before saving, of a monthly plan typed: the day of the month its
     * dues will fall on, "Runs on day 15 of each month." When the first due is the plan before's own date in a
     * shorter month (30 Apr for a plan on the 31st) the plan keeps that plan's day ({@link PlanDay}), which the date
     * typed does not show: the words say so, and how to move the payments to the day typed (a second plan from the
     * next month's date, which is off the kept day and so starts counting from itself). Empty for another frequency,
     * a stop or no date.
     *
     * @param others the case's other plans (not one being corrected)
     */
    static String dayOfMonth(PaymentFrequency often, LocalDate firstDue, boolean stopped, List<PaymentPlan> others) {
        if (stopped || often != PaymentFrequency.MONTHLY || firstDue == null) {
            return "";
        }
        int day = runsOn(firstDue, others);
        // A plan due on the 29th to the 31st falls on the last day of a shorter month (PaymentFrequency.nth).
        String runs = day > 28 ? Messages.text("payments.planWords.runsOnDayOrLast", PlanDay.nth(day))
                : Messages.text("payments.planWords.runsOnDay", day);
        if (day == firstDue.getDayOfMonth()) {
            return Messages.text("payments.planWords.runs", runs);
        }
        return Messages.text("payments.planWords.keepsDay", runs, UkFormats.shortDate(firstDue),
                firstDue.getMonth().getDisplayName(TextStyle.FULL, Locale.UK), firstDue.getDayOfMonth(),
                UkFormats.shortDate(firstDue.plusMonths(1)));
    }

    /** Whether {@link #dayOfMonth} says the plan keeps the day of the plan before, not the day of its first due. */
    static boolean keepsDayBefore(PaymentFrequency often, LocalDate firstDue, boolean stopped,
            List<PaymentPlan> others) {
        return !stopped && often == PaymentFrequency.MONTHLY && firstDue != null
                && runsOn(firstDue, others) != firstDue.getDayOfMonth();
    }

    /**
     * Whether a monthly plan typed among {@code others} may keep a plan's day ({@link #keepsDayBefore}): some monthly
     * plan there falls on the 29th to the 31st, so a first due on the last day of a shorter month continues it.
     */
    static boolean mayKeepADay(List<PaymentPlan> others) {
        return others.stream().anyMatch(p -> !p.isStopped() && p.frequency() == PaymentFrequency.MONTHLY
                && PlanDay.anchor(p, others).getDayOfMonth() > 28);
    }

    /** The longest words {@link #dayOfMonth} says of a day kept (a plan on the 31st, a first due of 30 Sep). */
    static String longestKeptDay() {
        LocalDate firstDue = LocalDate.of(2026, 9, 30);
        return Messages.text("payments.planWords.keepsDay", Messages.text("payments.planWords.runsOnDayOrLast",
                PlanDay.nth(31)), UkFormats.shortDate(firstDue), firstDue.getMonth().getDisplayName(TextStyle.FULL,
                Locale.UK), firstDue.getDayOfMonth(), UkFormats.shortDate(firstDue.plusMonths(1)));
    }

    /** The day of the month a monthly plan first due on {@code firstDue} counts from, among {@code others}. */
    private static int runsOn(LocalDate firstDue, List<PaymentPlan> others) {
        // Any amount but nothing: a plan of £0.00 is a stop.
        PaymentPlan typed = new PaymentPlan(0, Money.ofPence(1), PaymentFrequency.MONTHLY, firstDue, "");
        return PlanDay.anchor(typed, others).getDayOfMonth();
    }
}
