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
 */
public record ChangedSinceMade(LocalDateTime made, LocalDateTime lastChanged, Set<RecordArea> areas) {

    public ChangedSinceMade {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(lastChanged, "lastChanged");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("Something changed");
        }
        areas = Set.copyOf(EnumSet.copyOf(areas));
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
