package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Characters in a letter")
class LetterCharactersTest {

    private final LetterPdfRenderer renderer = new LetterPdfRenderer();

    private RenderedLetter withParagraph(String text) throws IOException {
        return renderer.render(SampleLetters.simple().paragraph(text).build());
    }

    @Nested
    @DisplayName("that the font can print")
    class Printable {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Ł", "é", "ñ", "ß", "ø", "ő", "Zoë", "“quoted”", "‘single’", "£65.00", "1–2", "yes—no",
                "Ćwierć Żółć", "naïve café", "Ω", "€5"})
        @DisplayName("come back exactly and are not reported")
        void roundTrip(String word) throws IOException {
            RenderedLetter letter = withParagraph("Marker [" + word + "] end");
            assertEquals(Set.of(), letter.replacedCharacters());
            assertTrue(new PdfReadBack(letter.pdf()).allText().contains("Marker [" + word + "] end"));
        }

        @Test
        @DisplayName("Ł é ñ print exactly in the sender, recipient, table and footer too")
        void everywhere() throws IOException {
            RenderedLetter letter = renderer.render(SampleLetters.simple()
                    .sender(new Sender("Łé ñ Sender", List.of()))
                    .recipient("Łé ñ Recipient")
                    .table(new LetterBlock.Table(List.of(TableColumn.left("Łé ñ Header", 1)),
                            List.of(List.of("Łé ñ Cell"))))
                    .footer("Łé ñ Footer").build());
            String text = new PdfReadBack(letter.pdf()).allText();
            for (String part : List.of("Sender", "Recipient", "Header", "Cell", "Footer")) {
                assertTrue(text.contains("Łé ñ " + part), part + " in: " + text);
            }
            assertFalse(letter.hasReplacedCharacters());
        }
    }

    @Nested
    @DisplayName("that the font cannot print")
    class Unprintable {

        @Test
        @DisplayName("an emoji prints as [symbol], not a ? that looks typed, and is reported once")
        void emoji() throws IOException {
            RenderedLetter letter = withParagraph("Thank you 😀 and again 😀 and 👍");
            assertEquals(List.of("😀", "👍"), List.copyOf(letter.replacedCharacters()));
            assertTrue(new PdfReadBack(letter.pdf()).allText().contains("Thank you [symbol] and again [symbol] and [symbol]"));
        }

        @Test
        @DisplayName("Chinese script is replaced and reported, not dropped")
        void chinese() throws IOException {
            RenderedLetter letter = withParagraph("Name: 王");
            assertEquals(Set.of("王"), letter.replacedCharacters());
            assertTrue(new PdfReadBack(letter.pdf()).allText().contains("Name: [symbol]"));
        }

        @Test
        @DisplayName("a character the font lacks in the footer is reported too")
        void inFooter() throws IOException {
            RenderedLetter letter = renderer.render(SampleLetters.simple().footer("Ref ★").build());
            assertEquals(Set.of("★"), letter.replacedCharacters());
            assertTrue(new PdfReadBack(letter.pdf()).allText().contains("Ref [symbol]"));
        }
    }

    @Nested
    @DisplayName("that are layout or control characters")
    class Control {

        @Test
        @DisplayName("tabs and control characters become spaces; line breaks of any kind start a new line")
        void normalised() throws IOException {
            RenderedLetter letter = withParagraph("one\ttwo\u0007three\r\nfour\rfive\u2028six");
            String text = new PdfReadBack(letter.pdf()).allText();
            assertTrue(text.contains("one two three\nfour\nfive\nsix"), text);
            assertFalse(letter.hasReplacedCharacters());
        }

        @Test
        @DisplayName("invisible marks (zero-width space, soft hyphen, variation selector) are removed quietly")
        void invisible() throws IOException {
            RenderedLetter letter = withParagraph("zero\u200Bwidth soft\u00ADhyphen heart\u2764\uFE0F");
            String text = new PdfReadBack(letter.pdf()).allText();
            assertTrue(text.contains("zerowidth softhyphen heart"), text);
            assertEquals(Set.of("\u2764"), letter.replacedCharacters());
        }

        @Test
        @DisplayName("direction controls (a pasted right-to-left override) print nothing: the words read as typed")
        void directionControls() throws IOException {
            RenderedLetter letter = renderer.render(SampleLetters.simple()
                    .paragraph("I paid \u202E200 on 3 May\u202C and \u2067more\u2069 \u202Aleft\u202C \u202Bright\u202C")
                    .footer("Ref \u202D42\u202C").build());
            String text = new PdfReadBack(letter.pdf()).allText();
            assertTrue(text.contains("I paid 200 on 3 May and more left right"), text);
            assertTrue(text.contains("Ref 42"), text);
            assertFalse(text.chars().anyMatch(c -> c == 0x202E || c == 0x2067 || c == 0x202A || c == '?'), text);
            assertFalse(letter.hasReplacedCharacters());
        }
    }
}
