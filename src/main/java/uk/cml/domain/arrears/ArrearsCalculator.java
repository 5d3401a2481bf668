package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.cml.domain.Money;
import uk.cml.domain.calendar.UkCalendar;

/**
 * Works out the arrears schedule: every due up to a date with the money that arrived for it (see
 * {@link DueMatcher}), and the running balance (see {@link BalanceSeries}).
 *
 * <p>Dues come from the plans (see {@link PaymentPlan}). Under Collect and Pay everything is worked before the fee,
 * as the CMS states arrears: money that came through the CMS counts as what the CMS collected for it. Payments
 * and adjustments dated after {@code asOf} are left out.
 *
 * <p>Stateless and thread-safe. Cost: sorting payments and adjustments by date, then two linear passes.
 */
public final class ArrearsCalculator {

    private final UkCalendar calendar;
    private final int passOnWorkingDays;

    /** On the one calendar of England and Wales, with no time allowed for the CMS to pass money on. */
    public ArrearsCalculator() {
        this(UkCalendar.workingDaysOnly(uk.cml.domain.calendar.BankHolidays.englandAndWales()));
    }

    /**
     * @param calendar tells working days: a due on a weekend or bank holiday is on time by the next working day; no
     *                 time is allowed for the CMS to pass money on ({@link #withPassOn}: the store gives the facts
     *                 table's figure with each case's records)
     */
    public ArrearsCalculator(UkCalendar calendar) {
        this(calendar, 0);
    }

    /**
     * @param passOnWorkingDays under Collect and Pay, the working days after the day a due was on time by that its
     *                          money may take to reach the parent (the CMS passes on what the paying parent paid it)
     *                          and still be on time: the facts table's {@code collect_and_pay.pass_on.working_days}
     */
    public ArrearsCalculator(UkCalendar calendar, int passOnWorkingDays) {
        if (passOnWorkingDays < 0) {
            throw new IllegalArgumentException("pass-on working days must not be negative: " + passOnWorkingDays);
        }
        this.calendar = calendar;
        this.passOnWorkingDays = passOnWorkingDays;
    }

    /** The same calendar, allowing {@code passOnWorkingDays} for the CMS to pass on a Collect and Pay payment. */
    public ArrearsCalculator withPassOn(int passOnWorkingDays) {
        return passOnWorkingDays == this.passOnWorkingDays ? this : new ArrearsCalculator(calendar, passOnWorkingDays);
    }

    /** The working days allowed for the CMS to pass on a Collect and Pay payment before it counts as late. */
    public int passOnWorkingDays() {
        return passOnWorkingDays;
    }

    /**
     * The schedule to {@code asOf} when that is today: a due of today not yet arrived in full is "Due today" (or, for
     * a due on a weekend or bank holiday, can still arrive until the next working day is over).
     */
    public ArrearsSchedule calculate(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            LocalDate asOf, FeeRule fee) {
        return calculate(plans, payments, adjustments, asOf, asOf, fee);
    }

    /**
     * The schedule as it stood at the end of {@code asOf}, seen on {@code today}: only a due falling on today can be
     * "Due today"; in a schedule to a day already over (an evidence pack for an earlier period) a due on its last day
     * that did not arrive was missed, but a due on a weekend or bank holiday still on time after that day (by the
     * next working day) was not missed at the end of it, so it is shown as still to come.
     */
    public ArrearsSchedule calculate(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            LocalDate asOf, LocalDate today, FeeRule fee) {
        List<PaymentPlan> inForce = DueGenerator.inForceOrder(plans);
        List<Due> dues = DueGenerator.dueUpTo(inForce, asOf, fee);
        List<Payment> paid = upTo(payments, asOf, Payment::date, Comparator.comparing(Payment::date));
        List<CountedPayment> counted = new ArrayList<>(paid.size());
        Set<Money> dueAmounts = new HashSet<>();
        inForce.forEach(plan -> dueAmounts.add(plan.amount()));
        for (Payment payment : paid) {
            counted.add(CountedPayment.of(payment, fee, dueAmounts));
        }
        List<Adjustment> adjusted = upTo(adjustments, asOf, Adjustment::date, Adjustment.ORDER);
        // A CMS figure, write-off, offset or settlement given while a due is not missed yet is about the arrears
        // without what was still to come of that due, which only the matching finds: so the series is built again with
        // what it found, until nothing changes (once, unless such an adjustment falls on a due's day; each depends
        // only on those before).
        // A CMS figure stated after the fee is worked per due, from what the matching found still owed on each.
        long[] notMissed = new long[adjusted.size()];
        List<List<FeeRule.Owing>> owing = java.util.Collections.nCopies(adjusted.size(), List.of());
        BalanceSeries series;
        DueMatcher matcher;
        for (int pass = 0; ; pass++) {
            series = new BalanceSeries(dues, counted, adjusted, fee, notMissed, owing);
            matcher = new DueMatcher(dues, calendar, passOnWorkingDays);
            matcher.match(counted, adjusted, series.applied, asOf);
            long[] found = matcher.notMissedAt();
            List<List<FeeRule.Owing>> owingFound = matcher.owingAt();
            if (Arrays.equals(found, notMissed) && owingFound.equals(owing) || pass > adjusted.size() + 1) {
                break;
            }
            notMissed = found;
            owing = owingFound;
        }
        List<ScheduleLine> lines = matcher.lines(asOf, today, series);
        return new ArrearsSchedule(asOf, inForce, fee, lines, series, counted, matcher.settlement(),
                linksToNoDue(inForce, dues, paid, asOf, fee), calendar);
    }

    /**
     * The payments linked to a date that is not a due of the plans (a plan changed after the link was made): the
     * matching leaves those links out, and the parent should be told. A link to a due after {@code asOf} is fine.
     */
    private static List<Payment> linksToNoDue(List<PaymentPlan> inForce, List<Due> dues, List<Payment> paid,
            LocalDate asOf, FeeRule fee) {
        List<Payment> linked = paid.stream().filter(p -> p.forDue().isPresent()).toList();
        if (linked.isEmpty()) {
            return List.of();
        }
        LocalDate latest = linked.stream().map(p -> p.forDue().get()).max(LocalDate::compareTo).get();
        Set<LocalDate> dueDates = new HashSet<>();
        (latest.isAfter(asOf) ? DueGenerator.dueUpTo(inForce, latest, fee) : dues)
                .forEach(due -> dueDates.add(due.date()));
        return linked.stream().filter(p -> !dueDates.contains(p.forDue().get())).toList();
    }

    private static <T> List<T> upTo(List<T> items, LocalDate asOf, Function<T, LocalDate> dateOf,
            Comparator<T> byDate) {
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            if (!dateOf.apply(item).isAfter(asOf)) {
                kept.add(item);
            }
        }
        kept.sort(byDate); // stable, so same-day items keep the order given
        return kept;
    }
}
