package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/**
 * How much maintenance is due and how often, from {@code firstDue} until the next plan starts.
 * An amount of zero means maintenance stopped on {@code firstDue}; its frequency is then ignored.
 *
 * @param id        store id; 0 when not yet saved
 * @param source    where the figure came from, e.g. "CMS calculation letter dated 3 Mar 2025" or "Private agreement"
 */
public record PaymentPlan(long id, Money amount, PaymentFrequency frequency, LocalDate firstDue, String source) {

    public PaymentPlan {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstDue, "firstDue");
        source = source == null ? "" : source;
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A plan amount cannot be negative");
        }
    }

    /** A plan saying maintenance stopped from {@code from}. */
    public static PaymentPlan stopped(long id, LocalDate from, String source) {
        return new PaymentPlan(id, Money.ZERO, PaymentFrequency.MONTHLY, from, source);
    }

    public boolean isStopped() {
        return amount.isZero();
    }
}
