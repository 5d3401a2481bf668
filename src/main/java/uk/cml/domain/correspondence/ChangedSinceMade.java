package uk.cml.domain.correspondence;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.cml.domain.Words;

/**
 * The records a letter was made from, changed after it was made and before it was posted: the letter may say
 * something the records no longer do (an amount owed since paid, a figure since corrected, an address since moved),
 * so it should be made again before it goes. Only what the parent changed counts; saving a record again with nothing
 * different does not.
 *
 * @param made        when the letter was made (first saved in the log)
 * @param lastChanged the latest change after that
 * @param areas       the parts of the records changed since, never empty
 * @param payments    the payments recorded, corrected or moved to the Bin since, as they now read, oldest change
 *                    first: what a parent checks the letter against
 */
public record ChangedSinceMade(LocalDateTime made, LocalDateTime lastChanged, Set<RecordArea> areas,
                               List<PaymentChanged> payments) {

    /** A payment as it reads after the change: received on a day, of an amount (as on the bank statement). */
    public record PaymentChanged(java.time.LocalDate paidOn, uk.cml.domain.Money amount) {
    }

    /** The most payments named one by one; the rest are counted. */
    static final int NAMED = 3;

    public ChangedSinceMade {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(lastChanged, "lastChanged");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("Something changed");
        }
        areas = Set.copyOf(EnumSet.copyOf(areas));
        payments = List.copyOf(payments);
    }

    /**
     * "£51.87 received on 23 Oct 2026 and £20.00 received on 30 Oct 2026"; beyond three, the first three and "and 2
     * more"; empty when no payment changed.
     */
    public String paymentsInWords() {
        List<String> named = payments.stream().limit(NAMED).map(p -> Words.text("correspondence.changed.payment",
                p.amount().format(), uk.cml.domain.UkFormats.shortDate(p.paidOn()))).toList();
        if (named.isEmpty()) {
            return "";
        }
        if (payments.size() > NAMED) {
            return Words.text("correspondence.changed.andMore", String.join(", ", named), payments.size() - NAMED);
        }
        return named.size() == 1 ? named.get(0) : Words.text("correspondence.changed.list",
                String.join(", ", named.subList(0, named.size() - 1)), named.get(named.size() - 1));
    }

    /** "payments, calls and addresses", in the order of {@link RecordArea}. */
    public String areasInWords() {
        List<String> names = EnumSet.copyOf(areas).stream().map(RecordArea::label).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return Words.text("correspondence.changed.list", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }
}
