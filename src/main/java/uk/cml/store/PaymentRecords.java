package uk.cml.store;

import java.time.LocalDate;
import java.util.List;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * Everything about one case's money, read in one transaction: the plans, payments and adjustments not in the bin,
 * and the case's Collect and Pay fee. Screens load this once and work out schedules from it without the database,
 * with the calculator on the app's one calendar ({@code calculator}), so a bank holiday the parent added counts.
 */
public record PaymentRecords(long caseId, List<PaymentPlan> plans, List<Payment> payments,
                             List<Adjustment> adjustments, FeeRule fee, ArrearsCalculator calculator) {

    public PaymentRecords {
        plans = List.copyOf(plans);
        payments = List.copyOf(payments);
        adjustments = List.copyOf(adjustments);
    }

    /** On the calendar of England and Wales as shipped, with no day the parent added: for tests and benchmarks. */
    public PaymentRecords(long caseId, List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments,
            FeeRule fee) {
        this(caseId, plans, payments, adjustments, fee, new ArrearsCalculator());
    }

    public ArrearsSchedule schedule(LocalDate asOf) {
        return calculator.calculate(plans, payments, adjustments, asOf, fee);
    }

    /** The schedule as it stood at the end of {@code asOf}, seen on {@code today} (see ArrearsCalculator). */
    public ArrearsSchedule schedule(LocalDate asOf, LocalDate today) {
        return calculator.calculate(plans, payments, adjustments, asOf, today, fee);
    }

    /** The schedule to {@code asOf} with {@code payments} in place of those saved (one typed, not yet saved, say). */
    public ArrearsSchedule scheduleWith(List<Payment> payments, LocalDate asOf) {
        return calculator.calculate(plans, payments, adjustments, asOf, fee);
    }

    public boolean hasPlan() {
        return !plans.isEmpty();
    }
}
