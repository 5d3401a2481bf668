package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/**
 * A dated write-off, offset, settlement or CMS arrears figure.
 * For a write-off or offset {@code amount} is the reduction; for a settlement it is the agreed sum, kept for the
 * record only (the money received is an ordinary {@link Payment}); for a CMS figure it is the CMS's arrears figure.
 *
 * @param id store id; 0 when not yet saved
 */
public record Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note) {

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        note = note == null ? "" : note;
        if (kind != AdjustmentKind.CMS_CONFIRMED_FIGURE && amount.isNegative()) {
            throw new IllegalArgumentException("A write-off, offset or settlement amount cannot be negative");
        }
    }
}
