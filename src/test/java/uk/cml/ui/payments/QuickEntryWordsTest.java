package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Quick entry says a due's status inside its sentence ("Due Sun 22 Nov 2026: £51.87, on time if it arrives by Mon 23
 * Nov 2026, £51.87 still owed."): the whole status lower-cased read "mon 23 nov 2026".
 */
class QuickEntryWordsTest {

    @Test
    void aStatusInsideTheSentenceKeepsTheCapitalsOfItsDate() {
        assertEquals("on time if it arrives by Mon 23 Nov 2026",
                QuickEntry.midSentence("On time if it arrives by Mon 23 Nov 2026"));
        assertEquals("part paid (short £26.87)", QuickEntry.midSentence("Part paid (short £26.87)"));
        assertEquals("", QuickEntry.midSentence(""));
    }
}
