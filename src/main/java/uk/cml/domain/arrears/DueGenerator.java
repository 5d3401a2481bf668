package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns plans into due dates. Each due follows the plan in force on its date: the plan with the latest
 * {@code firstDue} on or before it. An older plan's dues stop the day before the next plan's {@code firstDue}.
 * Each plan's dates are counted from its {@link PlanDay#anchor}, so a monthly plan continuing the one before keeps
 * its day of the month.
 */
final class DueGenerator {

    private DueGenerator() {
    }

    /**
     * Plans sorted by {@code firstDue}. When two plans start on the same day the one given later wins, so a
     * corrected plan can simply be appended.
     */
    static List<PaymentPlan> inForceOrder(List<PaymentPlan> plans) {
        List<PaymentPlan> sorted = new ArrayList<>(plans);
        sorted.sort(Comparator.comparing(PaymentPlan::firstDue)); // stable: keeps the given order on ties
        List<PaymentPlan> result = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean replaced = i + 1 < sorted.size() && sorted.get(i + 1).firstDue().equals(sorted.get(i).firstDue());
            if (!replaced) {
                result.add(sorted.get(i));
            }
        }
        return List.copyOf(result);
    }

    /** Every due on or before {@code asOf}, oldest first. {@code plans} must be in {@link #inForceOrder}. */
    static List<Due> dueUpTo(List<PaymentPlan> plans, LocalDate asOf, FeeRule fee) {
        List<Due> dues = new ArrayList<>();
        List<LocalDate> anchors = PlanDay.anchors(plans);
        for (int i = 0; i < plans.size(); i++) {
            PaymentPlan plan = plans.get(i);
            LocalDate end = i + 1 < plans.size() ? plans.get(i + 1).firstDue() : null;
            if (plan.isStopped()) {
                continue;
            }
            LocalDate anchor = anchors.get(i);
            for (long n = plan.frequency().firstIndexOnOrAfter(anchor, plan.firstDue()); ; n++) {
                LocalDate date = plan.frequency().nth(anchor, n);
                if (date.isAfter(asOf) || (end != null && !date.isBefore(end))) {
                    break;
                }
                dues.add(Due.of(plan, date, fee));
            }
        }
        return dues;
    }

    /** The first due strictly after {@code after}, if any plan still has one. {@code plans} in force order. */
    static Optional<Due> firstAfter(List<PaymentPlan> plans, LocalDate after, FeeRule fee) {
        LocalDate from = after.plusDays(1);
        List<LocalDate> anchors = PlanDay.anchors(plans);
        for (int i = 0; i < plans.size(); i++) {
            PaymentPlan plan = plans.get(i);
            LocalDate end = i + 1 < plans.size() ? plans.get(i + 1).firstDue() : null;
            if (plan.isStopped() || (end != null && !end.isAfter(from))) {
                continue;
            }
            LocalDate anchor = anchors.get(i);
            LocalDate start = from.isAfter(plan.firstDue()) ? from : plan.firstDue();
            LocalDate date = plan.frequency().nth(anchor, plan.frequency().firstIndexOnOrAfter(anchor, start));
            if (end == null || date.isBefore(end)) {
                return Optional.of(Due.of(plan, date, fee));
            }
        }
        return Optional.empty();
    }
}
