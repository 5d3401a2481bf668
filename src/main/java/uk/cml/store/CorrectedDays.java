package uk.cml.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Corrected first days for a case's dated settings, saved with the rest of the Case page: the day the latest move
 * between arrangements started, and the day the latest Collect and Pay rate began. Empty: left as it was.
 */
public record CorrectedDays(Optional<LocalDate> latestMove, Optional<LocalDate> latestRate) {

    public static final CorrectedDays NONE = new CorrectedDays(Optional.empty(), Optional.empty());

    /** Only the latest move's day corrected. */
    public static CorrectedDays move(LocalDate day) {
        return new CorrectedDays(Optional.of(day), Optional.empty());
    }

    /** Only the latest rate's first day corrected. */
    public static CorrectedDays rate(LocalDate day) {
        return new CorrectedDays(Optional.empty(), Optional.of(day));
    }

    public CorrectedDays {
        latestMove = latestMove == null ? Optional.empty() : latestMove;
        latestRate = latestRate == null ? Optional.empty() : latestRate;
    }
}
