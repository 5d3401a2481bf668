package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.cml.domain.UkFormats;

@DisplayName("A long letter")
class LetterPaginationTest {

    private static final Pattern DUE_DATE = Pattern.compile("^\\d{1,2} [A-Z][a-z]{2} \\d{4} ", Pattern.MULTILINE);

    @Nested
    @DisplayName("with a 200-row table")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LongTable {

        private RenderedLetter letter;
        private PdfReadBack pdf;

        @BeforeAll
        void render() throws IOException {
            letter = new LetterPdfRenderer().render(SampleLetters.complaintWithTable(200));
            pdf = new PdfReadBack(letter.pdf());
        }

        @Test
        @DisplayName("runs over several pages and reports the count it printed")
        void severalPages() {
            assertTrue(letter.pageCount() >= 5, "pages: " + letter.pageCount());
            assertEquals(letter.pageCount(), pdf.pageCount);
        }

        @Test
        @DisplayName("repeats the header row on every page that has rows")
        void headerOnEveryPageWithRows() {
            int pagesWithRows = 0;
            for (int page = 1; page <= pdf.pageCount; page++) {
                String text = pdf.page(page);
                if (DUE_DATE.matcher(text).find()) {
                    pagesWithRows++;
                    assertTrue(text.contains("Due date Due Paid Notes Owed so far"), "header missing on page " + page);
                    assertTrue(text.indexOf("Due date Due Paid") < firstRowIndex(text), "header above rows, page " + page);
                }
            }
            assertTrue(pagesWithRows >= 4, "rows on " + pagesWithRows + " pages");
        }

        @Test
        @DisplayName("prints every row once, in order, then the total")
        void everyRowOnce() {
            String text = pdf.allText();
            int from = 0;
            for (int i = 0; i < 200; i++) {
                String date = UkFormats.shortDate(SampleLetters.DATE.withMonth(3).withDayOfMonth(6).plusWeeks(i));
                int at = text.indexOf("\n" + date + " ", from);
                assertTrue(at >= 0, "row " + i + " (" + date + ") missing or out of order");
                assertEquals(-1, text.indexOf("\n" + date + " ", at + 1), "row " + i + " printed twice");
                from = at;
            }
            assertTrue(text.indexOf("Total ") > from, "total after the last row");
        }

        @Test
        @DisplayName("numbers every page \"Page n of m\" and prints the footer on each")
        void footers() {
            int m = pdf.pageCount;
            for (int n = 1; n <= m; n++) {
                String text = pdf.page(n);
                assertTrue(text.contains("Page " + n + " of " + m), "page " + n + ": " + tail(text));
                assertTrue(text.contains("CMS reference 1212 3456 7890"), "footer on page " + n);
            }
        }

        @Test
        @DisplayName("prints the fingerprint on the last page only")
        void fingerprintOnLastPage() {
            String fingerprint = "Saved copy SHA-256 3f2a9c0d";
            for (int n = 1; n < pdf.pageCount; n++) {
                assertFalse(pdf.page(n).contains(fingerprint), "fingerprint on page " + n);
            }
            assertTrue(pdf.page(pdf.pageCount).contains(fingerprint));
        }

        @Test
        @DisplayName("puts the addresses on the first page only")
        void addressesOnFirstPageOnly() {
            assertTrue(pdf.page(1).contains("Mail Handling Site A"));
            for (int n = 2; n <= pdf.pageCount; n++) {
                assertFalse(pdf.page(n).contains("Mail Handling Site A"), "address repeated on page " + n);
                assertFalse(pdf.page(n).contains("14 Acacia Road"), "sender repeated on page " + n);
            }
        }

        @Test
        @DisplayName("keeps amounts against the right edge of their column")
        void amountsRightAligned() {
            List<PdfReadBack.Glyph> owed = pdf.glyphs.stream().filter(g -> g.page() == 2)
                    .filter(g -> g.x() > PageGeometry.RIGHT - 30 * PageGeometry.MM).filter(g -> g.fontSize() == 10f)
                    .toList();
            float maxRight = (float) owed.stream().mapToDouble(PdfReadBack.Glyph::right).max().orElseThrow();
            long endingAtEdge = owed.stream().filter(g -> g.text().matches("\\d"))
                    .filter(g -> Math.abs(g.right() - maxRight) < 0.5f).count();
            assertTrue(endingAtEdge > 20, "amounts ending at the column edge: " + endingAtEdge);
        }

        private int firstRowIndex(String text) {
            Matcher m = DUE_DATE.matcher(text);
            return m.find() ? m.start() : -1;
        }

        private String tail(String text) {
            return text.substring(Math.max(0, text.length() - 120));
        }
    }

    @Test
    @DisplayName("keeps the sign-off, signature space and name together on one page")
    void signOffKeptTogether() throws IOException {
        // Across these lengths the sign-off falls at every height of page 2, including its very foot.
        for (int rows = 30; rows <= 48; rows += 2) {
            PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(SampleLetters.complaintWithTable(rows)).pdf());
            int signOffPage = pageOf(pdf, "Yours faithfully");
            assertTrue(pdf.page(signOffPage).indexOf("Yours faithfully") < pdf.page(signOffPage).lastIndexOf(
                    "Joanna Łukasiewicz"), rows + " rows: name after sign-off on the same page");
        }
    }

    @Test
    @DisplayName("never leaves the sign-off alone on a page: a short last paragraph goes over with it")
    void signOffNeverAlone() throws IOException {
        // Adding paragraphs one at a time moves the end of the letter through every height of page 1.
        for (int paragraphs = 8; paragraphs <= 24; paragraphs++) {
            LetterDocument.Builder letter = SampleLetters.simple();
            for (int i = 1; i <= paragraphs; i++) {
                letter.paragraph("Paragraph " + i + " of the letter, long enough to wrap onto a second line of text "
                        + "so that the page fills at a realistic pace.");
            }
            letter.paragraph("Please reply within 15 working days.");
            PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(letter.build()).pdf());
            int signOffPage = pageOf(pdf, "Yours faithfully");
            assertTrue(pdf.page(signOffPage).contains("Please reply within 15 working days."),
                    paragraphs + " paragraphs: the last paragraph is on the sign-off's page");
        }
    }

    private static int pageOf(PdfReadBack pdf, String text) {
        for (int n = pdf.pageCount; n >= 1; n--) {
            if (pdf.page(n).contains(text)) {
                return n;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
