package uk.cml.ui.common;

import uk.cml.domain.UkFormats;
import uk.cml.domain.timeline.Recorded;

/** When a record was recorded, in the windows' words, for the Timeline's details and a record page's status line. */
public final class RecordedText {

    private RecordedText() {
    }

    /**
     * "6 Nov 2026, 18:02" for a record never changed; "6 Nov 2026, 18:02; changed 3 Dec 2026, 15:00" once corrected;
     * "not known; changed 3 Dec 2026, 15:00" where the records do not keep when it was first saved.
     */
    public static String of(Recorded recorded) {
        String changed = recorded.changed().map(UkFormats::dateTime).orElse("");
        String text;
        if (recorded.first().isEmpty()) {
            text = Messages.text("common.recorded.firstNotKept", changed);
        } else {
            String first = UkFormats.dateTime(recorded.first().get());
            text = recorded.changed().isEmpty() ? first
                    : Messages.text("common.recorded.firstAndChanged", first, changed);
        }
        // "...; moved to the Bin on 5 Dec 2026, 13:33, put back on 5 Dec 2026, 13:34": it did not count in between.
        for (Recorded.BinMove move : recorded.binMoves()) {
            text = move.putBack().isPresent()
                    ? Messages.text("common.recorded.binnedAndPutBack", text, UkFormats.dateTime(move.binned()),
                            UkFormats.dateTime(move.putBack().get()))
                    : Messages.text("common.recorded.binned", text, UkFormats.dateTime(move.binned()));
        }
        return text;
    }
}
