package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.timeline.Recorded;

class RecordedTextTest {

    static final LocalDateTime FIRST = LocalDateTime.of(2026, 11, 6, 18, 2);
    static final LocalDateTime CHANGED = LocalDateTime.of(2026, 12, 3, 15, 0);

    @Test
    void oneMomentForARecordNeverChanged() {
        assertEquals("6 Nov 2026, 18:02", RecordedText.of(Recorded.once(FIRST)));
    }

    @Test
    void theFirstMomentThenTheChange() {
        assertEquals("6 Nov 2026, 18:02; changed 3 Dec 2026, 15:00", RecordedText.of(Recorded.changed(FIRST, CHANGED)));
    }

    @Test
    void onlyWhatIsKnownWhereTheFirstMomentIsNotKept() {
        assertEquals("not known; changed 3 Dec 2026, 15:00",
                RecordedText.of(new Recorded(Optional.empty(), Optional.of(CHANGED))));
    }
}
