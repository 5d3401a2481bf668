package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.SweptLetter.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Widows and orphans, read back from the PDF with the page break swept through each part: a letter's last page never
 * holds only two sentences and the sign-off when a table ends the page before (a reviewer's missed-payments letter:
 * page 4 of 4 held "Matched by date, ...", "If I have not heard from you ..." and "Yours faithfully"), and a list
 * keeps its heading and lead-in with its whole first item, never splits a short item, and never leaves its last item
 * alone at the top of a page.
 */
@DisplayName("A letter's pages have no widows or orphans")
class LetterWidowsTest {

    /** The swept letter with a footer, as the app's letters have. */
    private static LetterDocument.Builder withFiller(int paragraphs) {
        return SweptLetter.withFiller(paragraphs).footer("CMS reference 1212 3456 7890");
    }

    private static LetterBlock.Table received(int rows) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(List.of((i + 1) + " Oct 2026", "£51.87", "Bank transfer"));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date received", 1.3),
                TableColumn.right("Amount received", 1.4), TableColumn.left("How it was paid", 3.4)), lines,
                List.of("Total", "£1,070.40", ""));
    }

    /** The body lines on {@code page} above {@code line} (footers left out). */
    private static int bodyLinesAbove(PdfLines pdf, PdfLines.Line line) {
        return (int) pdf.lines.stream().filter(l -> l.page() == line.page() && l.fontSize() > PageGeometry.FOOTER_SIZE
                && l.baselineFromTop() < line.baselineFromTop()).count();
    }

    @Test
    @DisplayName("a table ending the page before takes its last rows over with the last sentences and the sign-off")
    void lastPageHoldsMoreThanTwoSentences() throws IOException {
        for (int filler = 0; filler <= 30; filler++) {
            PdfLines pdf = render(withFiller(filler).subHeading("Payments I received since 11 Jun 2026")
                    .table(received(20))
                    .paragraph("Matched by date, or to the payment it was for where that is known, all of the "
                            + "£1,070.40 received went to the payments due listed above.")
                    .paragraph("If I have not heard from you by 22 Dec 2026, I will phone you.")
                    .signOff("Yours faithfully").signerName("Sam Taylor"));
            PdfLines.Line off = pdf.starting("Yours faithfully");
            if (off.page() > pdf.starting("Dear Sir or Madam").page()) {
                assertTrue(bodyLinesAbove(pdf, off) >= 5, bodyLinesAbove(pdf, off) + " lines above the sign-off on "
                        + "the last page after " + filler + " filler paragraphs: " + pdf.lines);
            }
        }
    }

    @Test
    @DisplayName("a list keeps its heading and lead-in with its first item, its short items whole, its last two together")
    void listsKeepTogether() throws IOException {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            items.add("I" + i + "a.\nI" + i + "b." + (i % 2 == 1 ? "\nI" + i + "c." : ""));
        }
        for (int filler = 10; filler <= 40; filler++) {
            PdfLines pdf = render(withFiller(filler).subHeading("What happened")
                    .paragraph("By my records, these payments due were not paid in full on time:")
                    .bullets(items)
                    .subHeading("What went wrong")
                    .paragraph("The arrears are still owed. The only step taken to collect them is the arrears "
                            + "notice.")
                    .paragraph("More filler one.").paragraph("More filler two.").paragraph("More filler three.")
                    .signOff("Yours faithfully").signerName("Sam Taylor"));
            String where = " after " + filler + " filler paragraphs";
            int first = pdf.starting("\u2022I1a.").page();
            assertEquals(first, pdf.starting("What happened").page(), "the heading with the first item" + where);
            assertEquals(first, pdf.starting("By my records").page(), "the lead-in with the first item" + where);
            for (int i = 1; i <= 6; i++) {
                PdfLines.Line start = pdf.starting("\u2022I" + i + "a.");
                assertEquals(start.page(), pdf.starting("I" + i + "b.").page(), "item " + i + " whole" + where);
                if (i % 2 == 1) {
                    assertEquals(start.page(), pdf.starting("I" + i + "c.").page(), "item " + i + " whole" + where);
                }
            }
            assertEquals(pdf.starting("\u2022I5a.").page(), pdf.starting("\u2022I6a.").page(),
                    "the last item not alone on its page" + where);
        }
    }
}
