package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.CalendarText;

/**
 * Whether a new plan keeps the payment day of the plan before it. A CMS letter gives the date a new amount starts
 * from, which is seldom a payment day; typed as the plan's first due, it moves every later due to that weekday
 * (or day of the month), adds a due and makes every later payment look late. So a plan of the same frequency as
 * the one before it, starting off that plan's dates, is questioned, with the plan's next date offered instead. The
 * date offered is one of that plan's own dates, so a monthly plan saved from it keeps that plan's day of the month
 * ({@link PlanDay}): offered 30 Apr after dues on the 31st, it is due on 31 May next.
 */
public final class PlanRhythm {

    /**
     * A first due off the dates of the plan before.
     *
     * @param suggested that plan's next due on or after the typed date: the first payment at the new amount
     * @param message   what the form says, naming both dates
     */
    public record OffRhythm(LocalDate suggested, String message) {
    }

    private PlanRhythm() {
    }

    /**
     * The question to ask before saving {@code input}, if any: none for a stop, a first plan, a plan after a stop or
     * after a plan of another frequency, or a first due that is one of the earlier plan's own dates.
     *
     * @param others the other plans saved (leave out the one being corrected)
     */
    public static Optional<OffRhythm> check(PlanInput input, List<PaymentPlan> others) {
        LocalDate first = input.firstDue();
        if (input.stopped() || first == null || input.frequency() == null) {
            return Optional.empty();
        }
        // The plan in force the day before, and the day it counts from: a plan continuing the one before keeps its
        // day of the month (PlanDay), so 31 Jul follows a plan from 30 Apr of one due on the 31st.
        Optional<PaymentPlan> before = PlanDay.before(first, others);
        if (before.isEmpty() || before.get().isStopped() || before.get().frequency() != input.frequency()) {
            return Optional.empty();
        }
        PaymentFrequency often = input.frequency();
        LocalDate anchor = PlanDay.anchor(before.get(), others);
        long n = often.firstIndexOnOrAfter(anchor, first);
        LocalDate next = often.nth(anchor, n);
        if (next.equals(first)) {
            return Optional.empty();
        }
        return Optional.of(new OffRhythm(next, message(often, anchor, often.nth(anchor, n - 1), first, next)));
    }

    /**
     * The same question of a plan already saved, against the case's other plans: Check records lists the plans saved
     * before the form asked it, or kept as typed after it.
     *
     * @param plans the case's plans, {@code saved} among them or not
     */
    public static Optional<OffRhythm> check(PaymentPlan saved, List<PaymentPlan> plans) {
        List<PaymentPlan> others = plans.stream().filter(p -> p.id() != saved.id()).toList();
        return check(new PlanInput(saved.amount().format(), saved.frequency(), saved.firstDue(), saved.isStopped(),
                saved.source()), others);
    }

    private static String message(PaymentFrequency often, LocalDate anchor, LocalDate last, LocalDate typed,
            LocalDate next) {
        String on = UkFormats.shortDate(typed);
        String nextDay = CalendarText.weekday(next);
        String nextDate = UkFormats.shortDate(next);
        if (often == PaymentFrequency.MONTHLY) {
            int day = anchor.getDayOfMonth();
            // A plan due on the 29th to the 31st falls on the last day of a shorter month (PaymentFrequency.nth).
            return Words.text(day > 28 ? "arrears.plan.offDayOrLast" : "arrears.plan.offDay",
                    day > 28 ? PlanDay.nth(day) : String.valueOf(day), on, nextDay, nextDate);
        }
        if (typed.getDayOfWeek() != anchor.getDayOfWeek()) {
            return Words.text("arrears.plan.offWeekday", CalendarText.weekday(anchor), on,
                    CalendarText.weekday(typed), nextDay, nextDate);
        }
        // Every 2 or 4 weeks: the right weekday in a week with no due.
        return Words.text("arrears.plan.offWeek", often.label().toLowerCase(Locale.ROOT),
                CalendarText.weekday(anchor), UkFormats.shortDate(last), nextDate, on);
    }
}
