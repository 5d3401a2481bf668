package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Money;

/**
 * A dated write-off, offset, settlement or CMS arrears figure.
 * For a write-off or offset {@code amount} is the reduction. For a settlement it is the agreed sum still to be
 * paid from the agreement date: arrears owed on dues missed by that date are cleared down to it (a due whose day,
 * or the working day it is on time by, is not over is not arrears: it is still to be paid as usual), and money
 * beyond the regular dues that arrives afterwards goes to it first (the money itself is an ordinary {@link Payment}).
 * For a CMS figure it is the CMS's arrears figure, on the side of the Collect and Pay fee {@code basis} says.
 *
 * @param id       store id; 0 when not yet saved
 * @param basis    for a CMS figure, whether it is before or after the fee; ignored for the other kinds
 * @param statedOn for a CMS figure a received letter states, the date of that letter (else the day it came): read
 *                 from the letter, never stored with the figure; empty for a figure typed in on its own
 */
public record Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note, FeeBasis basis,
                         Optional<LocalDate> statedOn) {

    /**
     * Two CMS figures as at the same day: the CMS's later statement last, so it is the one taken as the latest
     * figure (the Payments banner, the Overview, the letters and the pack all take the last). The letter dated
     * later wins: it is the CMS's later word on that day's arrears, so it may correct the earlier one, whichever
     * the parent happened to log first. With the same letter date, the figure recorded later (the higher id) wins,
     * as the parent's later entry. A figure typed in on its own has no letter: it counts as stated on its own day,
     * the earliest a statement of it can be dated. Never the order the figures happen to be given in.
     */
    static final Comparator<Adjustment> LATER_STATEMENT_LAST = Comparator
            .comparing((Adjustment a) -> a.statedOn().orElse(a.date())).thenComparingLong(Adjustment::id);

    /**
     * The one order of adjustments, for the schedule and so for every screen, letter and pack that reads a CMS figure
     * from it: by day, then by kind ({@link AdjustmentKind} order), then two CMS figures as at the same day by
     * {@link #LATER_STATEMENT_LAST}.
     */
    public static final Comparator<Adjustment> ORDER = Comparator.comparing(Adjustment::date)
            .thenComparing(Adjustment::kind).thenComparing((a, b) -> a.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE
                    ? LATER_STATEMENT_LAST.compare(a, b) : 0);

    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        note = note == null ? "" : note;
        basis = basis == null ? FeeBasis.BEFORE_FEE : basis;
        statedOn = statedOn == null ? Optional.empty() : statedOn;
        if (kind != AdjustmentKind.CMS_CONFIRMED_FIGURE && amount.isNegative()) {
            throw new IllegalArgumentException("A write-off, offset or settlement amount cannot be negative");
        }
    }

    /** An adjustment with no letter behind it (or one not read with its letter). */
    public Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note, FeeBasis basis) {
        this(id, date, kind, amount, note, basis, Optional.empty());
    }

    /** A CMS figure is taken as before the fee unless said otherwise: the CMS states what the paying parent owes. */
    public Adjustment(long id, LocalDate date, AdjustmentKind kind, Money amount, String note) {
        this(id, date, kind, amount, note, FeeBasis.BEFORE_FEE);
    }
}
