package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Money;

/**
 * A dated write-off, offset, settlement or CMS arrears figure.
 * For a write-off or offset {@code amount} is the reduction. For a settlement it is the agreed sum still to be
 * paid from the agreement date: arrears owed on dues missed by that date are cleared down to it (a due whose day,
 * or the working day it is on time by, is not over is not arrears: it is still to be paid as usual), and money
 * beyond the regular dues that arrives afterwards goes to it first (the money itself is an ordinary {@link Payment}).
 * For a CMS figure it is the CMS's arrears figure, on the side of the Collect and Pay fee {@code basis} says.
 *
 * @param id    store id; 0 when not yet saved
 * @param basis for a CMS figure, whether it is before or after the fee; ignored for the other kinds
 */
public record Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note, FeeBasis basis) {

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        note = note == null ? "" : note;
        basis = basis == null ? FeeBasis.BEFORE_FEE : basis;
        if (kind != AdjustmentKind.CMS_CONFIRMED_FIGURE && amount.isNegative()) {
            throw new IllegalArgumentException("A write-off, offset or settlement amount cannot be negative");
        }
    }

    /** A CMS figure is taken as before the fee unless said otherwise: the CMS states what the paying parent owes. */
    public Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note) {
        this(id, date, kind, amount, note, FeeBasis.BEFORE_FEE);
    }
}
