package uk.cml.importer;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/** A payment the app already holds, as far as duplicate checking needs it: its date and amount. */
public record RecordedPayment(LocalDate date, Money amount) {

    public RecordedPayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
