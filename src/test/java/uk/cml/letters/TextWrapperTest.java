package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TextWrapper")
class TextWrapperTest {

    private PDDocument document;
    private MeasuredFont font;

    @BeforeEach
    void loadFont() throws IOException {
        document = new PDDocument();
        font = new FontSet(document).regular();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    private List<String> wrap(String text, float width) {
        return new TextWrapper(font, 11, width).wrap(text);
    }

    @Test
    @DisplayName("fills each line as far as the width allows, measured with the font")
    void fillsLines() {
        float width = font.width("the quick brown", 11) + 0.01f;
        assertEquals(List.of("the quick brown", "fox jumps over", "the lazy dog"),
                wrap("the quick brown fox jumps over the lazy dog", width));
    }

    @Test
    @DisplayName("keeps explicit line breaks and blank lines, and collapses runs of spaces")
    void lineBreaks() {
        assertEquals(List.of("one two", "", "three"), wrap("one   two\n\nthree", 500));
    }

    @Test
    @DisplayName("splits a word longer than the line, after a slash, dot or hyphen when one is near the end")
    void longWords() {
        String url = "https://www.gov.uk/child-maintenance-service/complaints-and-appeals/independent-case-examiner";
        float width = 150;
        List<String> lines = wrap(url, width);
        assertEquals(url, String.join("", lines));
        for (String line : lines) {
            assertTrue(font.width(line, 11) <= width, line);
        }
        assertTrue(lines.get(0).matches(".*[/.-]"), "broken at a friendly character: " + lines.get(0));
    }

    @Test
    @DisplayName("never splits a surrogate pair")
    void surrogatePairs() {
        String word = "Ł".repeat(80);
        List<String> lines = wrap(word, 100);
        assertTrue(lines.size() > 3);
        assertEquals(word, String.join("", lines));
    }
}
