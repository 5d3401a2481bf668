package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint checked and not found is first taken for a typing slip (reviewer: one wrong character was answered
 * with "the records ... have been changed or replaced since", the typing check last).
 */
class FingerprintTypingSlipTest {

    private static final RecordsJournal.Found AT = new RecordsJournal.Found(12, "2026-11-20T10:15:00", 40);

    @Test
    void charactersChangedLeftOutOrAddedAreCounted() {
        assertEquals(0, RecordsJournal.apart("3f2a91c07d4e88b1", "3f2a91c07d4e88b1"));
        assertEquals(1, RecordsJournal.apart("3f2a91c07d4e88b8", "3f2a91c07d4e88b1"));
        assertEquals(1, RecordsJournal.apart("3f2a91c07d4e88b", "3f2a91c07d4e88b1"));
        assertEquals(2, RecordsJournal.apart("3f2a91c07d4e80b0", "3f2a91c07d4e88b1"));
        assertEquals(3, RecordsJournal.apart("0123456789abcdef", "3f2a91c07d4e88b1"), "far apart: more than two");
    }

    @Test
    void oneCharacterWrongIsATypingSlipWithWhatToCompare() {
        String said = Fingerprints.describe("3F2A 91C0 7D4E 88B8", Optional.empty(), true,
                List.of(new RecordsJournal.Near("3F2A 91C0 7D4E 88B1", AT, 1)));
        assertEquals("That looks like a typing slip. You typed 3F2A 91C0 7D4E 88B8, and your records have "
                + "3F2A 91C0 7D4E 88B1 (written 20 Nov 2026, 10:15), which differs from it only in one character: "
                + "character 16 of 16, where you typed \u201C8\u201D and the records have \u201C1\u201D. Look at the "
                + "letter again: if it says 3F2A 91C0 7D4E 88B1, type that and check it again.", said);
    }

    @Test
    void aLetterAFingerprintNeverHasIsATypingSlip() {
        String said = Fingerprints.describe("3F2A 91C0 7D4E 88BO", Optional.empty(), true, List.of());
        assertTrue(said.startsWith("That looks like a typing slip. A fingerprint has only the numbers 0 to 9 and the "
                + "letters A to F, and 3F2A 91C0 7D4E 88BO has \u201CO\u201D."), said);
        assertTrue(said.endsWith("On the letter, \u201CO\u201D is most likely the number 0."), said);
    }

    @Test
    void tooFewCharactersIsATypingSlip() {
        assertTrue(Fingerprints.describe("3F2A 91C0 7D4E", Optional.empty(), true, List.of())
                .startsWith("That looks like a typing slip. A fingerprint has 16 letters and numbers (four groups of "
                        + "four), and 3F2A 91C0 7D4E has 12."));
    }

    @Test
    void typedRightButNotFoundAsksForTheTypingFirst() {
        String said = Fingerprints.describe("0123 4567 89AB CDEF", Optional.empty(), true, List.of());
        assertTrue(said.startsWith("First check you typed 0123 4567 89AB CDEF exactly as printed"), said);
        assertTrue(said.indexOf("exactly as printed") < said.indexOf("changed or replaced"), said);
    }
}
