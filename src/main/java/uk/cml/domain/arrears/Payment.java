package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/**
 * Money the parent actually received. Under Collect and Pay this is what the CMS passed on, after its fee.
 *
 * @param id store id; 0 when not yet saved
 */
public record Payment(long id, LocalDate date, Money amount, PaymentMethod method, String reference, String note) {

    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        reference = reference == null ? "" : reference;
        note = note == null ? "" : note;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment must be more than zero");
        }
    }
}
