package uk.cml.domain.timeline;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a record was first written into the app and, if it has been corrected since, when it last changed. Both
 * come from what the records hold (the row and the earlier versions kept of it), never from a guess: where the
 * first moment is not kept, {@link #first()} is empty and only the change is known.
 *
 * @param first   when the first version was saved, if the records keep it
 * @param changed when the record was last changed, if it has been since it was first saved
 */
public record Recorded(Optional<LocalDateTime> first, Optional<LocalDateTime> changed) {

    public Recorded {
        if (first.isEmpty() && changed.isEmpty()) {
            throw new IllegalArgumentException("A record is recorded at some moment");
        }
    }

    /** A record saved once and never changed. */
    public static Recorded once(LocalDateTime at) {
        return new Recorded(Optional.of(at), Optional.empty());
    }

    /** First saved at {@code first}, changed at {@code changed}. */
    public static Recorded changed(LocalDateTime first, LocalDateTime changed) {
        return new Recorded(Optional.of(first), Optional.of(changed));
    }

    /** The moment to order by: the first saving when known, otherwise the change. */
    public LocalDateTime sortKey() {
        return first.orElseGet(changed::get);
    }
}
