package uk.cml.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Timeline's count is written the UK way even on a computer set to another language. */
class TimelineCountTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void putTheLocaleBack() {
        Locale.setDefault(before);
    }

    @Test
    void thousandsAreSeparatedByACommaOnAGermanComputer() {
        Locale.setDefault(Locale.GERMANY); // where %,d writes 5.000
        assertEquals("5,000 entries", TimelineView.countText(5000, 5000));
        assertEquals("Showing 1,234 of 5,000 entries", TimelineView.countText(1234, 5000));
        assertEquals("1 entry", TimelineView.countText(1, 1));
    }

    @Test
    void andByNothingElseOnAFrenchOne() {
        Locale.setDefault(Locale.FRANCE); // where %,d writes a narrow no-break space
        assertEquals("Showing 12 of 20,000 entries", TimelineView.countText(12, 20000));
    }
}
