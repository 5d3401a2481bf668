package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("PrintableText")
class PrintableTextTest {

    /** A pretend font that prints only ASCII letters, digits, space and '?'. */
    private final PrintableText text = new PrintableText(cp -> cp < 128 && (Character.isLetterOrDigit(cp)
            || cp == ' ' || cp == '?'));

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "abc|abc",
            "aéb|a?b",
            "a\u00A0b|a b",
            "a\u2009b|a b",
    })
    @DisplayName("keeps what the font prints, turns missing spaces into spaces and anything else into ?")
    void cleans(String raw, String expected) {
        assertEquals(expected, text.multiLine(raw));
    }

    @Test
    @DisplayName("counts an astral character (a surrogate pair) as one character")
    void surrogatePairs() {
        assertEquals("a?b", text.multiLine("a\uD83D\uDE00b"));
        assertEquals(Set.of("\uD83D\uDE00"), text.replacedCharacters());
    }

    @Test
    @DisplayName("reports a broken lone surrogate as the standard unknown-character sign")
    void loneSurrogate() {
        assertEquals("a?b", text.multiLine("a\uD83Db"));
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
}
