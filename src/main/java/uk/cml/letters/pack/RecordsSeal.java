package uk.cml.letters.pack;

import java.util.List;
import java.util.Objects;

/**
 * The records' fingerprint printed on the pack's last page, with what "Check records" found when the pack was made.
 * The fingerprint is the newest entry of the records' history, so on its own it cannot show that nothing was changed
 * outside the app (a change made around the history leaves it as it was): only the check, which compares every
 * record with that history, can. So the pack prints the check's result beside it, whatever it was.
 *
 * @param fingerprint    the fingerprint as printed ("3F2A 91C0 7D4E 88B1")
 * @param historyEntries how many entries of the history the check compared the records with
 * @param mismatches     how many things the check found that do not match (0: everything matched)
 * @param restarts       each time the parent started the records' anchor again: the check cannot vouch for the
 *                       history before it, so the pack says so
 */
public record RecordsSeal(String fingerprint, long historyEntries, int mismatches, List<Restart> restarts) {

    /** When the anchor was started again ("4 Dec 2026 at 17:57") and the history's length then. */
    public record Restart(String when, long entries) {
    }

    public RecordsSeal {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (historyEntries < 0 || mismatches < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
        restarts = List.copyOf(restarts);
    }

    /** A check with no anchor started again. */
    public RecordsSeal(String fingerprint, long historyEntries, int mismatches) {
        this(fingerprint, historyEntries, mismatches, List.of());
    }

    /** Check records found nothing changed outside the app when the pack was made. */
    public boolean allMatch() {
        return mismatches == 0;
    }
}
