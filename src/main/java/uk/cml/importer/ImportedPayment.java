package uk.cml.importer;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/**
 * A payment read from a file, ready to be saved once the parent confirms.
 *
 * @param description the description cell, or empty when no description column was chosen
 * @param sourceLine  the line of the file the row starts on, so the parent can find it again
 */
public record ImportedPayment(LocalDate date, Money amount, String description, int sourceLine) {

    public ImportedPayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        description = description == null ? "" : description;
    }
}
