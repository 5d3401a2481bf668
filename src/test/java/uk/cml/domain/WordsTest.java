package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.MissingResourceException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String SAMS = "The parent's {0} calls, and {1}'s";

    @Test
    @DisplayName("an apostrophe reads as written, with and without arguments")
    void apostrophes() {
        assertEquals("The parent's details", Words.fill("The parent's details"));
        assertEquals("The parent's 3 calls, and Sam's", Words.fill(SAMS, 3, "Sam"));
    }

    @Test
    @DisplayName("arguments are shown as concatenation shows them: no grouping, no rounding")
    void argumentsAsConcatenated() {
        assertEquals("The parent's 12345 calls, and 0.125's", Words.fill(SAMS, 12345L,
                0.125));
        assertEquals("The parent's null calls, and x's", Words.fill(SAMS, null, 'x'));
    }

    @Test
    @DisplayName("a key that is not in the bundle fails loudly rather than showing code text")
    void missingKey() {
        assertThrows(MissingResourceException.class, () -> Words.text("no.such.key"));
    }
}
