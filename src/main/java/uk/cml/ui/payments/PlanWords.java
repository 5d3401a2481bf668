package uk.cml.ui.payments;

import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.ui.common.Messages;

/**
 * How often a plan falls due, with the day it falls on, so a parent can check it against the CMS letter's "every
 * Friday": "Weekly, on Fridays", "Monthly, on day 4 of each month". Empty for a stop.
 */
final class PlanWords {

    private PlanWords() {
    }

    static String howOften(PaymentPlan plan) {
        if (plan.isStopped()) {
            return "";
        }
        String often = plan.frequency().label();
        if (plan.frequency() != PaymentFrequency.MONTHLY) {
            return Messages.text("payments.planWords.onWeekday", often, CalendarText.weekday(plan.firstDue()));
        }
        int day = plan.firstDue().getDayOfMonth();
        // A plan due on the 29th to the 31st falls on the last day of a shorter month (PaymentFrequency.nth).
        return Messages.text(day > 28 ? "payments.planWords.onDayOrLast" : "payments.planWords.onDay", often, day);
    }
}
