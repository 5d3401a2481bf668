package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.CalendarText;

/**
 * The date a plan counts its dues from. A new amount changes the amount, not the payment day: a monthly plan whose
 * first due is one of the dates of the monthly plan before it (30 Apr for a plan due on the 31st, the last day of the
 * shorter month) goes on counting from that plan's day, so 31 May follows 30 Apr rather than 30 May. A first due on
 * any other day moves the payment day, and the plan counts from it. Worked out from the plans alone, so a plan
 * saved, exported or restored keeps its day with nothing more stored.
 */
public final class PlanDay {

    private PlanDay() {
    }

    /**
     * The date {@code plan} counts its dues from: its first due, or the day of the plan before it that it continues.
     *
     * @param plans the case's plans, {@code plan} among them or not
     */
    public static LocalDate anchor(PaymentPlan plan, List<PaymentPlan> plans) {
        Optional<PaymentPlan> before = before(plan.firstDue(), plans);
        if (before.isEmpty()) {
            return plan.firstDue();
        }
        // Only plans strictly earlier are looked at, so this ends at the first plan.
        return anchorAfter(before.get(), anchor(before.get(), plans), plan);
    }

    /**
     * How often {@code plan} falls due, with the day it falls on, as the app counts its dues, so a parent can check it
     * against the CMS letter's "every Friday": "Weekly, on Fridays", "Monthly, on day 4 of each month". A monthly plan
     * says the day its dues truly fall on: a plan from 30 Apr continuing one due on the 31st is on day 31
     * ({@link #anchor}). Empty for a stop. The Payments page's plans and the spreadsheet export both say it so.
     *
     * @param plans the case's plans, {@code plan} among them
     */
    public static String howOften(PaymentPlan plan, List<PaymentPlan> plans) {
        if (plan.isStopped()) {
            return "";
        }
        String often = plan.frequency().label();
        if (plan.frequency() != PaymentFrequency.MONTHLY) {
            return Words.text("payments.planWords.onWeekday", often, CalendarText.weekday(plan.firstDue()));
        }
        int day = anchor(plan, plans).getDayOfMonth();
        // A plan due on the 29th to the 31st falls on the last day of a shorter month (PaymentFrequency.nth).
        return day > 28 ? Words.text("payments.planWords.onDayOrLast", often, nth(day))
                : Words.text("payments.planWords.onDay", often, day);
    }

    /**
     * The plan in force the day before {@code date}: of two starting the same day the later given wins
     * ({@link DueGenerator#inForceOrder}).
     */
    static Optional<PaymentPlan> before(LocalDate date, List<PaymentPlan> plans) {
        return plans.stream().filter(p -> p.firstDue().isBefore(date))
                .reduce((a, b) -> b.firstDue().isBefore(a.firstDue()) ? a : b);
    }

    /** The anchor of each plan of {@code inForce} (in {@link DueGenerator#inForceOrder}), in the same order. */
    static List<LocalDate> anchors(List<PaymentPlan> inForce) {
        List<LocalDate> anchors = new ArrayList<>(inForce.size());
        for (int i = 0; i < inForce.size(); i++) {
            PaymentPlan plan = inForce.get(i);
            anchors.add(i == 0 ? plan.firstDue() : anchorAfter(inForce.get(i - 1), anchors.get(i - 1), plan));
        }
        return List.copyOf(anchors);
    }

    /**
     * {@code before}'s anchor when {@code plan} continues its monthly dates, else {@code plan}'s first due. Weekly
     * rhythms need no such care: a date on the earlier rhythm gives the same dates counted from either. After a stop
     * there is no payment day to keep.
     */
    private static LocalDate anchorAfter(PaymentPlan before, LocalDate beforeAnchor, PaymentPlan plan) {
        PaymentFrequency monthly = PaymentFrequency.MONTHLY;
        if (before.isStopped() || plan.isStopped() || before.frequency() != monthly || plan.frequency() != monthly) {
            return plan.firstDue();
        }
        LocalDate first = plan.firstDue();
        boolean onTheirDate = monthly.nth(beforeAnchor, monthly.firstIndexOnOrAfter(beforeAnchor, first)).equals(first);
        return onTheirDate ? beforeAnchor : first;
    }

    /**
     * "the 31st": a day from the 29th to the 31st, the days that fall on the last day of a shorter month. Reviewer
     * rv3 read "on day 31 of each month" where the 30 Sep and 30 Nov dues were used; the words now say the 31st and
     * the last day in shorter months together, short enough for the plans' column.
     */
    public static String nth(int day) {
        return switch (day) {
            case 29 -> Words.text("payments.planWords.nth29");
            case 30 -> Words.text("payments.planWords.nth30");
            default -> Words.text("payments.planWords.nth31");
        };
    }
}
