package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Nothing is printed outside the margins")
class LetterMarginsTest {

    private static final float TOLERANCE = 0.5f;
    private static final String UNBROKEN = "x".repeat(120) + "ŁÉÑ" + "W".repeat(90) + "/path/" + "m".repeat(81);
    private static final String LONG_EMAIL = "a.very.long.name.for.a.mailbox.that.keeps.going@example-department.org.uk";

    static Stream<Arguments> awkwardLetters() {
        List<String> twentyLines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twentyLines.add("Address line " + i + " of a very long recipient address that goes on");
        }
        return Stream.of(
                Arguments.of("a 300-character word in a paragraph", SampleLetters.simple().paragraph(UNBROKEN).build()),
                Arguments.of("a 300-character word in a table cell", SampleLetters.simple().table(
                        new LetterBlock.Table(List.of(TableColumn.left("Note", 3), TableColumn.right("Amount", 1)),
                                List.of(List.of(UNBROKEN, UNBROKEN)))).build()),
                Arguments.of("a 300-character reference value and heading",
                        SampleLetters.simple().reference(UNBROKEN, UNBROKEN).heading(UNBROKEN).build()),
                Arguments.of("long words in the sender's block", SampleLetters.simple()
                        .sender(new Sender(UNBROKEN, List.of(UNBROKEN), UNBROKEN, LONG_EMAIL)).build()),
                Arguments.of("a 20-line recipient address", SampleLetters.simple().recipient(twentyLines).build()),
                Arguments.of("long bullets and enclosures", SampleLetters.simple().bullets(List.of(UNBROKEN, UNBROKEN))
                        .enclosure(UNBROKEN).footer(UNBROKEN + UNBROKEN).fingerprint(UNBROKEN).build()),
                Arguments.of("forty paragraphs", manyParagraphs()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardLetters")
    @DisplayName("every glyph sits between the side margins, and body text above the bottom margin")
    void staysInside(String description, LetterDocument letter) throws IOException {
        assertInside(letter);
    }

    @Test
    @Tag("large") // minutes under mutation testing's coverage probe, where it would run once per mutant
    @DisplayName("a 300-line recipient address stays inside the margins")
    void threeHundredLineAddressStaysInside() throws IOException {
        assertInside(SampleLetters.simple().recipient(java.util.Collections.nCopies(300, UNBROKEN)).build());
    }

    private static void assertInside(LetterDocument letter) throws IOException {
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(letter).pdf());
        assertFalse(pdf.glyphs.isEmpty());
        float bottomFromTop = PageGeometry.PAGE_HEIGHT - PageGeometry.BOTTOM;
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            assertTrue(g.x() >= PageGeometry.LEFT - TOLERANCE, "left of the margin: " + g);
            assertTrue(g.right() <= PageGeometry.RIGHT + TOLERANCE, "past the right margin: " + g);
            assertTrue(g.baselineFromTop() >= 10 * PageGeometry.MM, "above the top margin: " + g);
            boolean footer = g.fontSize() <= PageGeometry.FOOTER_SIZE;
            float lowest = footer ? PageGeometry.PAGE_HEIGHT - 8 * PageGeometry.MM : bottomFromTop;
            assertTrue(g.baselineFromTop() <= lowest, "below the bottom margin: " + g);
        }
    }

    @Test
    @DisplayName("a long word is split across lines, losing no characters")
    void longWordKeptWhole() throws IOException {
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(
                SampleLetters.simple().paragraph(UNBROKEN).build()).pdf());
        String joined = pdf.allText().replaceAll("\\s", "");
        assertTrue(joined.contains(UNBROKEN), "the long word should survive wrapping intact");
    }

    @Test
    @DisplayName("a 20-line address stays on the first page, tighter and smaller but legible")
    void twentyLineAddress() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            lines.add("Line " + i);
        }
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(
                SampleLetters.simple().recipient(lines).build()).pdf());
        PdfReadBack.Glyph first = LetterPdfRendererTest.firstGlyphOf(pdf, "Line 1");
        PdfReadBack.Glyph last = LetterPdfRendererTest.firstGlyphOf(pdf, "Line 20");
        assertTrue(first.fontSize() >= 7f && first.fontSize() < 11f, "size " + first.fontSize());
        assertTrue(last.page() == 1 && last.baselineFromTop() > first.baselineFromTop());
        float reference = LetterPdfRendererTest.firstGlyphOf(pdf, "Our case reference").baselineFromTop();
        assertTrue(reference > last.baselineFromTop() + 10, "references start below the address");
    }

    private static LetterDocument manyParagraphs() {
        LetterDocument.Builder builder = SampleLetters.simple();
        for (int i = 0; i < 40; i++) {
            builder.subHeading("Point " + i).paragraph(("Sentence number " + i + " of a long letter. ").repeat(12));
        }
        return builder.build();
    }
}
