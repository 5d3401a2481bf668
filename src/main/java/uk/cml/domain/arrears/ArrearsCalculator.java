package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import uk.cml.domain.Money;

/**
 * Works out the arrears schedule: every due up to a date, what paid it, and the balance after each event.
 *
 * <p>Rules: dues come from the plans (see {@link PaymentPlan}); money pays the oldest unpaid due first and any
 * surplus is credit for the next dues. Write-offs and offsets reduce the oldest arrears but never below zero.
 * A settlement clears everything owed on dues up to and including its date; later dues are untouched, so the
 * money paid under it should be recorded on or before the settlement date (a later payment becomes credit).
 * Within one day: dues first, then payments, then adjustments in {@link AdjustmentKind} order. Payments and
 * adjustments dated after {@code asOf} are left out.
 *
 * <p>Stateless and thread-safe. Cost: sorting payments and adjustments by date, then one pass, linear in dues +
 * payments + adjustments.
 */
public final class ArrearsCalculator {

    public ArrearsSchedule calculate(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            LocalDate asOf, FeeRule fee) {
        List<PaymentPlan> inForce = DueGenerator.inForceOrder(plans);
        List<Due> dues = DueGenerator.dueUpTo(inForce, asOf, fee);
        List<Payment> paid = upTo(payments, asOf, Payment::date, Comparator.comparing(Payment::date));
        List<Adjustment> adjusted = upTo(adjustments, asOf, Adjustment::date,
                Comparator.comparing(Adjustment::date).thenComparing(Adjustment::kind));

        Allocation allocation = new Allocation(dues);
        List<Object> events = new ArrayList<>(dues.size() + paid.size() + adjusted.size());
        long[] balances = new long[dues.size() + paid.size() + adjusted.size()];
        long[] applied = new long[adjusted.size()];
        List<CmsDifference> cmsFigures = new ArrayList<>();
        int d = 0;
        int p = 0;
        int a = 0;
        while (d < dues.size() || p < paid.size() || a < adjusted.size()) {
            LocalDate dueDate = d < dues.size() ? dues.get(d).date() : LocalDate.MAX;
            LocalDate payDate = p < paid.size() ? paid.get(p).date() : LocalDate.MAX;
            LocalDate adjDate = a < adjusted.size() ? adjusted.get(a).date() : LocalDate.MAX;
            if (!dueDate.isAfter(payDate) && !dueDate.isAfter(adjDate)) {
                allocation.fallDue();
                events.add(d++);
            } else if (!payDate.isAfter(adjDate)) {
                Payment payment = paid.get(p++);
                allocation.pay(payment.date(), payment.amount().pence());
                events.add(payment);
            } else {
                Adjustment adjustment = adjusted.get(a);
                applied[a++] = apply(allocation, adjustment, cmsFigures);
                events.add(adjustment);
            }
            balances[events.size() - 1] = allocation.balance();
        }

        List<ScheduleLine> lines = new ArrayList<>(events.size());
        a = 0;
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            if (event instanceof Integer dueIndex) {
                lines.add(allocation.line(dueIndex, balances[i]));
            } else if (event instanceof Payment payment) {
                lines.add(LineText.paymentLine(payment, balances[i]));
            } else {
                lines.add(LineText.adjustmentLine((Adjustment) event, applied[a++], balances[i]));
            }
        }
        return new ArrearsSchedule(asOf, inForce, fee, lines, paid, cmsFigures);
    }

    private static long apply(Allocation allocation, Adjustment adjustment, List<CmsDifference> cmsFigures) {
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> allocation.clear(adjustment.amount().pence(), adjustment.kind());
            case PART_PAYMENT_SETTLEMENT -> allocation.settle();
            case CMS_CONFIRMED_FIGURE -> {
                cmsFigures.add(CmsDifference.of(adjustment.date(), adjustment.amount(),
                        Money.ofPence(allocation.balance())));
                yield 0;
            }
        };
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
