package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LetterPdfRenderer")
class LetterPdfRendererTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");
    private final LetterPdfRenderer renderer = new LetterPdfRenderer(Clock.fixed(NOW, ZoneId.of("Europe/London")));

    @Nested
    @DisplayName("a simple one-page letter")
    class SimpleLetter {

        @Test
        @DisplayName("prints every part of the letter")
        void printsEveryPart() throws IOException {
            RenderedLetter letter = renderer.render(SampleLetters.simple().build());
            String text = new PdfReadBack(letter.pdf()).allText();
            assertEquals(1, letter.pageCount());
            assertAll(
                    () -> assertTrue(text.contains("Joanna Łukasiewicz"), "sender name"),
                    () -> assertTrue(text.contains("14 Acacia Road"), "sender address"),
                    () -> assertTrue(text.contains("NR21 0AA"), "sender postcode"),
                    () -> assertTrue(text.contains("Phone: 07700 900123"), "phone"),
                    () -> assertTrue(text.contains("Email: joanna.l@example.org"), "email"),
                    () -> assertTrue(text.contains("22 Nov 2026"), "date"),
                    () -> assertTrue(text.contains("Child Maintenance Service 21"), "recipient"),
                    () -> assertTrue(text.contains("WV98 2BU"), "recipient postcode"),
                    () -> assertTrue(text.contains("Our case reference: 1212 3456 7890"), "case reference"),
                    () -> assertTrue(text.contains("National Insurance number: AB 12 34 56 C"), "NI number"),
                    () -> assertTrue(text.contains("COMPLAINT"), "heading"),
                    () -> assertTrue(text.contains("Dear Sir or Madam"), "salutation"),
                    () -> assertTrue(text.contains("£1,234.56"), "body"),
                    () -> assertTrue(text.contains("Yours faithfully"), "sign-off"),
                    () -> assertTrue(text.contains("Enclosures:"), "enclosures heading"),
                    () -> assertTrue(text.contains("1. Copy of my letter of 3 September 2026"), "first enclosure"),
                    () -> assertTrue(text.contains("2. Payment schedule showing missed payments"), "second"),
                    () -> assertTrue(text.contains("CMS reference 1212 3456 7890"), "footer"),
                    () -> assertTrue(text.contains("Page 1 of 1"), "page number"));
            assertTrue(text.indexOf("Yours faithfully") < text.lastIndexOf("Joanna Łukasiewicz"),
                    "the signer's name comes after the sign-off");
        }

        @Test
        @DisplayName("puts the heading in bold and above the salutation")
        void headingIsBold() throws IOException {
            PdfReadBack pdf = new PdfReadBack(renderer.render(SampleLetters.simple().build()).pdf());
            PdfReadBack.Glyph heading = firstGlyphOf(pdf, "COMPLAINT");
            PdfReadBack.Glyph salutation = firstGlyphOf(pdf, "Dear Sir");
            assertTrue(heading.fontSize() > 11.5f, "heading larger than body text, was " + heading.fontSize());
            assertTrue(heading.baselineFromTop() < salutation.baselineFromTop());
            assertTrue(fontNames(renderer.render(SampleLetters.simple().build()).pdf()).stream()
                    .anyMatch(name -> name.contains("LiberationSans-Bold")));
        }

        @Test
        @DisplayName("embeds every font it uses, as subsets")
        void embedsFonts() throws IOException {
            List<String> names = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(renderer.render(SampleLetters.simple().build()).pdf())) {
                for (PDPage page : doc.getPages()) {
                    for (COSName fontName : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(fontName);
                        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                        names.add(font.getName());
                    }
                }
            }
            assertFalse(names.isEmpty());
            assertTrue(names.stream().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans.*")),
                    "subset-embedded Liberation Sans only: " + names);
        }

        @Test
        @DisplayName("sets title, author, subject, keywords, creator and dates")
        void setsMetadata() throws IOException {
            try (PDDocument doc = Loader.loadPDF(renderer.render(SampleLetters.simple().build()).pdf())) {
                PDDocumentInformation info = doc.getDocumentInformation();
                assertAll(
                        () -> assertEquals("Complaint to the Child Maintenance Service", info.getTitle()),
                        () -> assertEquals("Joanna Łukasiewicz", info.getAuthor()),
                        () -> assertEquals("Complaint about case 1212 3456 7890", info.getSubject()),
                        () -> assertEquals("CMS, complaint, arrears", info.getKeywords()),
                        () -> assertEquals("Child Maintenance Log", info.getCreator()),
                        () -> assertEquals(NOW, info.getCreationDate().toInstant()),
                        () -> assertEquals(NOW, info.getModificationDate().toInstant()),
                        () -> assertEquals("en-GB", doc.getDocumentCatalog().getLanguage()));
            }
        }

        @Test
        @DisplayName("right-aligns the sender's block and the date against the right margin")
        void senderRightAligned() throws IOException {
            PdfReadBack pdf = new PdfReadBack(renderer.render(SampleLetters.simple().build()).pdf());
            for (String line : List.of("14 Acacia Road", "NR21 0AA", "22 Nov 2026")) {
                assertEquals(PageGeometry.RIGHT, lastGlyphOf(pdf, line).right(), 0.6f, line);
            }
        }

        @Test
        @DisplayName("leaves out the Enclosures heading when there are none")
        void noEnclosures() throws IOException {
            LetterDocument.Builder builder = SampleLetters.simple();
            LetterDocument withNone = new LetterDocument(builder.build().sender(), SampleLetters.DATE,
                    List.of("CMS"), List.of(), "", "Dear Sir or Madam", List.of(), "Yours faithfully", "J L",
                    List.of(), "", "", null);
            String text = new PdfReadBack(renderer.render(withNone).pdf()).allText();
            assertFalse(text.contains("Enclosure"), text);
            assertTrue(text.contains("Yours faithfully"));
        }

        @Test
        @DisplayName("writes the same bytes it returns")
        void writesToStream(@TempDir Path dir) throws IOException {
            RenderedLetter letter = renderer.render(SampleLetters.simple().build());
            Path file = dir.resolve("letter.pdf");
            try (var out = Files.newOutputStream(file)) {
                letter.writeTo(out);
            }
            // Byte for byte: a PDF written twice over still opens, with its pages counted once.
            assertArrayEquals(letter.pdf(), Files.readAllBytes(file));
            assertEquals(1, new PdfReadBack(Files.readAllBytes(file)).pageCount);
        }
    }

    @Test
    @DisplayName("renders the same letter to the same bytes with a fixed clock, and keeps its bytes to itself")
    void deterministicAndDefensive() throws IOException {
        RenderedLetter first = renderer.render(SampleLetters.simple().build());
        RenderedLetter second = renderer.render(SampleLetters.simple().build());
        assertEquals(first, second);
        first.pdf()[0] = 0;
        assertEquals('%', first.pdf()[0]);
    }

    static PdfReadBack.Glyph firstGlyphOf(PdfReadBack pdf, String text) {
        return glyphRun(pdf, text).get(0);
    }

    static PdfReadBack.Glyph lastGlyphOf(PdfReadBack pdf, String text) {
        List<PdfReadBack.Glyph> run = glyphRun(pdf, text);
        return run.get(run.size() - 1);
    }

    /** The glyphs spelling the text, found by walking the glyph list in drawing order. */
    static List<PdfReadBack.Glyph> glyphRun(PdfReadBack pdf, String text) {
        List<PdfReadBack.Glyph> glyphs = pdf.glyphs;
        for (int start = 0; start < glyphs.size(); start++) {
            StringBuilder spelled = new StringBuilder();
            int end = start;
            while (end < glyphs.size() && spelled.length() < text.length()) {
                String piece = glyphs.get(end).text();
                spelled.append(piece.isBlank() && text.charAt(spelled.length()) != ' ' ? "" : piece);
                end++;
            }
            if (spelled.toString().equals(text)) {
                return glyphs.subList(start, end);
            }
        }
        throw new AssertionError("\"" + text + "\" not found in the PDF");
    }

    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(fontName).getName());
                }
            }
        }
        return names;
    }
}
