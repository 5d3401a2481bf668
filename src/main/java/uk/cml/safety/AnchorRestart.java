package uk.cml.safety;

import uk.cml.domain.Words;

/**
 * A time the parent started the record anchor again from the records as they were (after it was lost or left
 * behind): from then on the check can vouch for the history, but whether entries before then were cut off, or an
 * older copy of the records put back, can never be told. Said at every check and on every pack, apart from what
 * does not match.
 *
 * @param when    the day and time, as the parent reads it ("4 Dec 2026 at 17:57")
 * @param entries the history's length when it was started again
 */
public record AnchorRestart(String when, long entries) {

    /** The sentence for the parent, on Settings and the command line. */
    public String sentence() {
        return Words.text("safety.journal.anchorStartedAgain", RecordsAnchor.FILE_NAME, when, entries);
    }
}
