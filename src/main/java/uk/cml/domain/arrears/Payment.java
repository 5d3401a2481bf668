package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Money;

/**
 * Money the parent actually received. Under Collect and Pay this is what the CMS passed on, after its fee.
 *
 * @param id     store id; 0 when not yet saved
 * @param forDue the date of the due the parent says it was for (the bank reference said "July maintenance", say);
 *               empty to let the app match it by date (see {@link DueMatcher})
 */
public record Payment(long id, LocalDate date, Money amount, PaymentMethod method, String reference, String note,
        Optional<LocalDate> forDue) {

    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        reference = reference == null ? "" : reference;
        note = note == null ? "" : note;
        forDue = forDue == null ? Optional.empty() : forDue;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment must be more than zero");
        }
    }

    /** A payment the app matches to dues by its date. */
    public Payment(long id, LocalDate date, Money amount, PaymentMethod method, String reference, String note) {
        this(id, date, amount, method, reference, note, Optional.empty());
    }

    /** The same payment, said to be for the due on {@code due} (empty: let the app match it by date). */
    public Payment linkedTo(Optional<LocalDate> due) {
        return new Payment(id, date, amount, method, reference, note, due);
    }
}
