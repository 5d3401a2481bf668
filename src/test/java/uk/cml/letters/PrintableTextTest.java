package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PrintableText")
class PrintableTextTest {

    /** A pretend font that prints only ASCII letters, digits, space and '?'. */
    private final PrintableText text = new PrintableText(cp -> cp < 128 && (Character.isLetterOrDigit(cp)
            || cp == ' ' || cp == '?'));

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "abc|abc",
            "aéb|a[symbol]b",
            "a\u00A0b|a b",
            "a\u2009b|a b",
    })
    @DisplayName("keeps what the font prints, turns missing spaces into spaces and anything else into [symbol]")
    void cleans(String raw, String expected) {
        assertEquals(expected, text.multiLine(raw));
    }

    @Test
    @DisplayName("counts an astral character (a surrogate pair) as one character")
    void surrogatePairs() {
        assertEquals("a[symbol]b", text.multiLine("a\uD83D\uDE00b"));
        assertEquals(Set.of("\uD83D\uDE00"), text.replacedCharacters());
    }

    @Test
    @DisplayName("reports a broken lone surrogate as the standard unknown-character sign")
    void loneSurrogate() {
        assertEquals("a[symbol]b", text.multiLine("a\uD83Db"));
        assertEquals(Set.of("\uFFFD"), text.replacedCharacters());
    }

    @Test
    @DisplayName("lists each replaced character once, in order of first appearance")
    void distinctInOrder() {
        text.multiLine("ü ä ü");
        text.singleLine("ö ä");
        assertEquals(List.of("ü", "ä", "ö"), List.copyOf(text.replacedCharacters()));
    }

    @Test
    @DisplayName("single-line text loses its line breaks and outer spaces")
    void singleLine() {
        assertEquals("a b", text.singleLine("  a\r\nb\n"));
        assertEquals("", text.singleLine(null));
    }

    @Test
    @DisplayName("a character the font lacks never prints as a bare ?, which would look like the parent's own question mark")
    void notAQuestionMark() {
        assertEquals("Is it paid? [symbol]", text.multiLine("Is it paid? \uD83D\uDE00"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C, 0x206A, 0x206F, 0xE0001})
    @DisplayName("direction controls and other invisible format controls print nothing and are not reported")
    void formatControlsDropped(int control) {
        String c = new String(Character.toChars(control));
        assertEquals("abcdef", text.multiLine("abc" + c + "def"));
        assertEquals(Set.of(), text.replacedCharacters());
    }

    @Test
    @DisplayName("a right-to-left override prints the rest of the line in the order it was typed")
    void rightToLeftOverride() {
        assertEquals("I paid 200 on 3 May", text.multiLine("I paid \u202E200 on 3 May\u202C"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\uD83D\uDC4D\uD83C\uDFFD",                                   // thumbs up, medium skin tone
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",           // family, joined by zero-width joiners
            "\uD83C\uDDEC\uD83C\uDDE7",                                   // the flag of the United Kingdom
            "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F", // England
            "\u2764\uFE0F",                                               // red heart
    })
    @DisplayName("one emoji made of several characters prints as one [symbol]")
    void oneEmojiOneSymbol(String emoji) {
        assertEquals("a [symbol] b", text.multiLine("a " + emoji + " b"));
    }

    @Test
    @DisplayName("separate emoji, and two flags side by side, each print as a [symbol]")
    void separateEmoji() {
        assertEquals("[symbol][symbol]", text.multiLine("\uD83D\uDE00\uD83D\uDE00"));
        assertEquals("[symbol][symbol]", text.multiLine("\uD83C\uDDEC\uD83C\uDDE7\uD83C\uDDEE\uD83C\uDDEA"));
    }
}
