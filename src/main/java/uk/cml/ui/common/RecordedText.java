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
        if (recorded.first().isEmpty()) {
            return Messages.text("common.recorded.firstNotKept", changed);
        }
        String first = UkFormats.dateTime(recorded.first().get());
        return recorded.changed().isEmpty() ? first : Messages.text("common.recorded.firstAndChanged", first, changed);
    }
}
