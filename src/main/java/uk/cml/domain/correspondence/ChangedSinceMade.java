package uk.cml.domain.correspondence;

import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * @param records     the first records changed since, each named as the app names records elsewhere and what
 *                    was done to it ("The call of Tue 3 Nov 2026, 10:15 (typed in on 3 Nov 2026) was changed"),
 *                    in the order first changed: at most {@link #NAMED}
 * @param changed     how many records changed since, named or not
 */
public record ChangedSinceMade(LocalDateTime made, LocalDateTime lastChanged, Set<RecordArea> areas,
                               List<String> records, int changed) {

    /** The most records named one by one; the rest are counted. */
    public static final int NAMED = 3;

    public ChangedSinceMade {
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(lastChanged, "lastChanged");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("Something changed");
        }
        areas = Set.copyOf(EnumSet.copyOf(areas));
        records = List.copyOf(records);
        if (records.size() > NAMED || changed < records.size()) {
            throw new IllegalArgumentException("At most " + NAMED + " named, of " + changed);
        }
    }

    /**
     * A line for each record named, and "And 2 more." for the rest: "The payment of £50.00 received on Fri 20 Nov
     * 2026 (typed in on 22 Nov 2026) was added."; empty when none could be named.
     */
    public List<String> recordsInLines() {
        List<String> lines = new ArrayList<>();
        records.forEach(named -> lines.add(Words.text("correspondence.changed.line", named)));
        if (!lines.isEmpty() && changed > records.size()) {
            lines.add(Words.text("correspondence.changed.more", changed - records.size()));
        }
        return List.copyOf(lines);
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
