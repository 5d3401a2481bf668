package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.PAGE_HEIGHT;
import static uk.cml.letters.PageGeometry.RIGHT;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The footer, page numbers and fingerprint under the bottom margin, read back from a two-page letter. */
@DisplayName("The footer sits under the bottom margin, clear of the page number")
class FooterLayoutTest {

    private static final float EPS = 0.05f;
    private static final float FOOTER_BASELINE_FROM_TOP = PAGE_HEIGHT - PageGeometry.FOOTER_BASELINE;

    private static PdfLines twoPages(String footer, String fingerprint) throws IOException {
        LetterDocument.Builder letter = SampleLetters.simple().footer(footer).fingerprint(fingerprint);
        for (int i = 0; i < 30; i++) {
            letter.paragraph("Paragraph " + i + " of a letter long enough to run on to a second page.");
        }
        PdfLines pdf = new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter.build()).pdf()));
        assertEquals(2, pdf.lines.stream().mapToInt(PdfLines.Line::page).max().orElse(0));
        return pdf;
    }

    private static List<PdfLines.Line> small(PdfLines pdf, int page) {
        return pdf.lines.stream().filter(l -> l.page() == page && l.fontSize() <= PageGeometry.FOOTER_SIZE).toList();
    }

    @Test
    @DisplayName("a one-line footer and the page number share a baseline 14 mm up; the fingerprint is under it on the last page")
    void oneLine() throws IOException {
        PdfLines pdf = twoPages("CMS reference 1212 3456 7890", "Saved copy SHA-256 3f2a9c0d");
        List<PdfLines.Line> first = small(pdf, 1);
        assertEquals(1, first.size(), first.toString());
        PdfLines.Line footer = first.get(0);
        assertEquals(FOOTER_BASELINE_FROM_TOP, footer.baselineFromTop(), EPS);
        assertEquals(LEFT, footer.x(), EPS);
        assertEquals(RIGHT, footer.rightOf("Page 1 of 2"), EPS);
        assertEquals(PageGeometry.FOOTER_SIZE, footer.fontSize(), EPS);
        List<PdfLines.Line> last = small(pdf, 2);
        assertEquals(2, last.size(), last.toString());
        assertEquals(RIGHT, last.get(0).rightOf("Page 2 of 2"), EPS);
        assertEquals(FOOTER_BASELINE_FROM_TOP, last.get(0).baselineFromTop(), EPS);
        PdfLines.Line print = last.get(1);
        assertEquals("Saved copy SHA-256 3f2a9c0d", print.text());
        assertEquals(PageGeometry.FINGERPRINT_SIZE, print.fontSize(), EPS);
        assertEquals(FOOTER_BASELINE_FROM_TOP + 9f, print.baselineFromTop(), EPS);
        assertEquals(LEFT, print.x(), EPS);
    }

    @Test
    @DisplayName("a long footer wraps to two lines kept 6 mm clear of the page number, cut with an ellipsis")
    void longFooter() throws IOException {
        String footer = "A very long footer reference that goes on and on ".repeat(6).strip();
        PdfLines pdf = twoPages(footer, "");
        List<PdfLines.Line> lines = small(pdf, 1);
        assertEquals(2, lines.size(), lines.toString());
        PdfLines.Line label = lines.get(0);
        float labelLeft = label.xOf("Page 1 of 2");
        assertEquals(RIGHT, label.rightOf("Page 1 of 2"), EPS);
        String firstFooter = label.text().substring(0, label.text().indexOf("Page 1 of 2"));
        assertTrue(label.rightOf(firstFooter.strip()) <= labelLeft - 6 * MM + EPS, "6 mm clear: " + label);
        assertEquals(FOOTER_BASELINE_FROM_TOP, label.baselineFromTop(), EPS, "two lines still fit above 8 mm");
        PdfLines.Line second = lines.get(1);
        assertEquals(10f, second.baselineFromTop() - label.baselineFromTop(), EPS);
        assertTrue(second.text().endsWith("\u2026"), second.text());
        assertTrue(second.right() <= labelLeft - 6 * MM + EPS, "the cut line is clear too: " + second);
    }

    @Test
    @DisplayName("with a two-line footer and a long fingerprint the stack rises so its lowest line is 8 mm from the edge")
    void stackRises() throws IOException {
        String footer = "A very long footer reference that goes on and on ".repeat(3).strip();
        String fingerprint = "Saved copy SHA-256 " + "3f2a9c0d41b7e8a6 ".repeat(40).strip();
        PdfLines pdf = twoPages(footer, fingerprint);
        List<PdfLines.Line> last = small(pdf, 2);
        assertEquals(5, last.size(), "two footer lines and three of fingerprint: " + last);
        PdfLines.Line lowest = last.get(4);
        assertEquals(PAGE_HEIGHT - 8 * MM, lowest.baselineFromTop(), EPS);
        assertTrue(lowest.text().endsWith("\u2026"), "the fingerprint is cut visibly: " + lowest.text());
        assertTrue(lowest.right() <= RIGHT + EPS);
        for (int i = 2; i < 5; i++) {
            assertEquals(PageGeometry.FINGERPRINT_SIZE, last.get(i).fontSize(), EPS);
        }
        assertEquals(9f, last.get(4).baselineFromTop() - last.get(3).baselineFromTop(), EPS);
        assertEquals(9f, last.get(2).baselineFromTop() - last.get(1).baselineFromTop(), EPS);
        assertEquals(10f, last.get(1).baselineFromTop() - last.get(0).baselineFromTop(), EPS);
        List<PdfLines.Line> first = small(pdf, 1);
        assertEquals(FOOTER_BASELINE_FROM_TOP, first.get(0).baselineFromTop(), EPS, "page 1 has no fingerprint");
        assertEquals(2, first.size());
    }
}
