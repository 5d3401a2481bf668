package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A payment as typed on the form, before it is checked. {@code amount} is the text as typed; {@code forDue} the due
 * the parent chose under "This payment was for" (empty: let the app work it out).
 */
public record PaymentInput(String amount, LocalDate date, PaymentMethod method, String reference, String note,
        Optional<LocalDate> forDue) {

    public PaymentInput {
        forDue = forDue == null ? Optional.empty() : forDue;
    }

    public PaymentInput(String amount, LocalDate date, PaymentMethod method, String reference, String note) {
        this(amount, date, method, reference, note, Optional.empty());
    }
}
