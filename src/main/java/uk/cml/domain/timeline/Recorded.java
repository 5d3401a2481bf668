package uk.cml.domain.timeline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a record was first written into the app and, if it has been corrected since, when it last changed. Both
 * come from what the records hold (the row and the earlier versions kept of it), never from a guess: where the
 * first moment is not kept, {@link #first()} is empty and only the change is known.
 *
 * @param first   when the first version was saved, if the records keep it
 * @param changed when the record was last changed, if it has been since it was first saved
 */
public record Recorded(Optional<LocalDateTime> first, Optional<LocalDateTime> changed, List<BinMove> binMoves) {

    /**
     * A time the record was moved to the Bin and, if it was, put back: it stopped counting in between. Not a
     * correction (its answers were not changed), but a change to the records all the same, which the Timeline and the
     * pack's chronology show with the record, as a record that was never binned reads the same.
     *
     * @param binned  when it was moved to the Bin
     * @param putBack when it was put back, if it has been
     */
    public record BinMove(LocalDateTime binned, Optional<LocalDateTime> putBack) {
    }

    public Recorded {
        if (first.isEmpty() && changed.isEmpty()) {
            throw new IllegalArgumentException("A record is recorded at some moment");
        }
        binMoves = List.copyOf(binMoves);
    }

    /** Never moved to the Bin (or not known to have been). */
    public Recorded(Optional<LocalDateTime> first, Optional<LocalDateTime> changed) {
        this(first, changed, List.of());
    }

    /** The same times, with the record's moves to the Bin and back, oldest first. */
    public Recorded withBinMoves(List<BinMove> moves) {
        return new Recorded(first, changed, moves);
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
