package uk.cml.ui.payments;

import java.util.List;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanDay;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.ui.common.Messages;

/**
 * How often a plan falls due, with the day it falls on, so a parent can check it against the CMS letter's "every
 * Friday": "Weekly, on Fridays", "Monthly, on day 4 of each month". Empty for a stop. A monthly plan says the day
 * its dues truly fall on: a plan from 30 Apr continuing one due on the 31st is on day 31 ({@link PlanDay}).
 */
final class PlanWords {

    private PlanWords() {
    }

    /** @param plans the case's plans, {@code plan} among them */
    static String howOften(PaymentPlan plan, List<PaymentPlan> plans) {
        if (plan.isStopped()) {
            return "";
        }
        String often = plan.frequency().label();
        if (plan.frequency() != PaymentFrequency.MONTHLY) {
            return Messages.text("payments.planWords.onWeekday", often, CalendarText.weekday(plan.firstDue()));
        }
        int day = PlanDay.anchor(plan, plans).getDayOfMonth();
        // A plan due on the 29th to the 31st falls on the last day of a shorter month (PaymentFrequency.nth).
        return Messages.text(day > 28 ? "payments.planWords.onDayOrLast" : "payments.planWords.onDay", often, day);
    }
}
