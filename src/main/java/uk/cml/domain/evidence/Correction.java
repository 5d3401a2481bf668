package uk.cml.domain.evidence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One correction of a record: when the parent made it and what each changed field said before and after. The one
 * reading of a record's kept versions, for the page that shows its history and for the evidence pack, so a reader
 * of either sees the same corrections.
 *
 * @param changes what changed; never empty
 */
public record Correction(LocalDateTime at, List<FieldChange> changes) {

    public Correction {
        changes = List.copyOf(changes);
    }

    /**
     * The corrections of a record, oldest first. A version kept before a save that changed nothing is no correction
     * and is left out (the store no longer keeps one; records saved before it may hold some).
     *
     * @param earlier the record's earlier versions, oldest first, each with when it was replaced
     * @param current the record as it is now
     * @param changes what differs between a version ({@code after}, first) and the one before it
     */
    public static <T> List<Correction> of(List<Amended<T>> earlier, T current,
                                          BiFunction<T, T, List<FieldChange>> changes) {
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            T after = i + 1 < earlier.size() ? earlier.get(i + 1).earlier() : current;
            List<FieldChange> changed = changes.apply(after, earlier.get(i).earlier());
            if (!changed.isEmpty()) { // saved again with nothing changed: no correction, nothing to say
                corrections.add(new Correction(earlier.get(i).amendedAt(), changed));
            }
        }
        return corrections;
    }
}
