package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.BOTTOM;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.PAGE_HEIGHT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where a page breaks inside a letter's tables, lists and closing. Each test renders the same letter with more and
 * more filler (paragraphs of 21.5 pt and list items of 16.5 pt, so the break falls every few points through the part)
 * and reads back on which page each line landed.
 */
@DisplayName("A page breaks where it reads well")
class LetterPageBreakTest {

    /** From a body line's baseline to the foot of its line box, and the gap after a paragraph or list. */
    private static final float UNDER_BASELINE = PageGeometry.BODY_SIZE * 0.25f;
    private static final float GAP = 7f;

    private static LetterDocument.Builder withFiller(int paragraphs, int items) {
        LetterDocument.Builder letter = LetterDocument.builder()
                .sender(new Sender("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB")))
                .date(SampleLetters.DATE)
                .recipient("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ")
                .salutation("Dear Sir or Madam");
        for (int i = 0; i < paragraphs; i++) {
            letter.paragraph("Filler " + i + ".");
        }
        if (items > 0) {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                list.add("Item " + i + ".");
            }
            letter.bullets(list);
        }
        return letter;
    }

    private static LetterBlock.Table table(int rows, boolean total) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(String.format("Row %02d", i), "£10.00"));
        }
        return new LetterBlock.Table(List.of(TableColumn.left("Date due", 2), TableColumn.right("Amount", 1)), cells,
                total ? List.of("Total", "£" + rows + "0.00") : List.of());
    }

    private static PdfLines render(LetterDocument.Builder letter) throws IOException {
        return new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter.signOff("Yours faithfully")
                .signerName("Sam Taylor").build()).pdf()));
    }

    private static int page(PdfLines pdf, String start) {
        return pdf.starting(start).page();
    }

    @Test
    @DisplayName("a sub-heading goes over with its table's header and at least two rows, never left with fewer")
    void subHeadingKeptWithTwoRows() throws IOException {
        for (int filler = 14; filler <= 30; filler++) {
            for (int items = 0; items <= 2; items++) {
                PdfLines pdf = render(withFiller(filler, items).subHeading("Payments due").table(table(12, true))
                        .paragraph("After the table."));
                String where = filler + " paragraphs and " + items + " items of filler";
                int heading = page(pdf, "Payments due");
                assertEquals(heading, page(pdf, "Date due"), "the header under its heading, " + where);
                for (String row : List.of("Row 01", "Row 02")) {
                    assertEquals(heading, page(pdf, row), row + " with the heading, " + where);
                }
            }
        }
    }

    @Test
    @DisplayName("the total goes over with at least the last two rows, under a repeated header")
    void totalCarriesTwoRows() throws IOException {
        for (int filler = 6; filler <= 24; filler++) {
            for (int items = 0; items <= 2; items++) {
                for (boolean total : List.of(true, false)) {
                    PdfLines pdf = render(withFiller(filler, items).subHeading("Payments due").table(table(8, total))
                            .paragraph("After the table."));
                    String where = filler + " paragraphs and " + items + " items of filler, total " + total;
                    int last = page(pdf, "Row 08");
                    assertEquals(last, page(pdf, "Row 07"), "the last two rows together, " + where);
                    if (total) {
                        assertEquals(last, page(pdf, "Total"), "the total with the last rows, " + where);
                    }
                    long headers = pdf.lines.stream().filter(l -> l.text().startsWith("Date due")).count();
                    assertEquals(last - page(pdf, "Payments due") + 1, headers, "a header on each page, " + where);
                }
            }
        }
    }

    /**
     * A reviewer's missed-payments letter left the foot of page 1 empty and put both tables on page 2: its table of
     * three dues was kept whole. Three rows and a total now start at the foot with two rows and carry the last row
     * over with the total, under the header again; two rows and a total are still kept whole with their sub-heading.
     */
    @Test
    @DisplayName("a table of three rows and a total starts at the foot of a page; of two rows it goes over whole")
    void shortTableStartsAtTheFoot() throws IOException {
        boolean broke = false;
        for (int filler = 14; filler <= 30; filler++) {
            PdfLines pdf = render(withFiller(filler, 1).subHeading("Payments due").table(table(3, true))
                    .paragraph("After the table."));
            String where = "after " + filler + " paragraphs";
            int heading = page(pdf, "Payments due");
            for (String part : List.of("Date due", "Row 01", "Row 02")) {
                assertEquals(heading, page(pdf, part), part + " with the heading, " + where);
            }
            int last = page(pdf, "Row 03");
            assertEquals(last, page(pdf, "Total"), "the last row with the total, " + where);
            long headers = pdf.lines.stream().filter(l -> l.text().startsWith("Date due")).count();
            assertEquals(last - heading + 1, headers, "a header on each page, " + where);
            broke |= last > heading;

            PdfLines two = render(withFiller(filler, 1).subHeading("Payments due").table(table(2, true))
                    .paragraph("After the table."));
            int twoHeading = page(two, "Payments due");
            for (String part : List.of("Date due", "Row 01", "Row 02", "Total")) {
                assertEquals(twoHeading, page(two, part), part + " of two rows with the heading, " + where);
            }
        }
        assertTrue(broke, "some filler leaves room for the heading, the header and two rows, not the third");
    }

    @Test
    @DisplayName("a paragraph ending in a colon goes over with the first item of the list it introduces")
    void leadInKeptWithList() throws IOException {
        for (int filler = 14; filler <= 30; filler++) {
            PdfLines pdf = render(withFiller(filler, 0).paragraph("As far as I know, these steps were taken:")
                    .bullets(List.of("First step.", "Second step.")).paragraph("Last words."));
            int firstItem = pdf.lines.stream().filter(l -> l.text().contains("First step.")).findFirst()
                    .orElseThrow().page();
            assertEquals(page(pdf, "As far as I know"), firstItem, "after " + filler + " paragraphs");
        }
    }

    @Test
    @DisplayName("a sub-heading over a lead-in goes over with it and the first item of the list it introduces")
    void subHeadingKeptWithLeadInAndList() throws IOException {
        for (int filler = 14; filler <= 30; filler++) {
            for (int items = 0; items <= 2; items++) {
                PdfLines pdf = render(withFiller(filler, items).subHeading("The effect on my children")
                        .paragraph("Because the maintenance has not been paid:")
                        .bullets(List.of("First effect.", "Second effect.")).paragraph("Last words."));
                String where = filler + " paragraphs and " + items + " items of filler";
                int heading = page(pdf, "The effect on my children");
                assertEquals(heading, page(pdf, "Because the maintenance"), "the lead-in with its heading, " + where);
                int firstItem = pdf.lines.stream().filter(l -> l.text().contains("First effect.")).findFirst()
                        .orElseThrow().page();
                assertEquals(heading, firstItem, "the first item with its heading, " + where);
            }
        }
    }

    @Test
    @DisplayName("the closing moves over only when it cannot fit even with the signature space at 15 mm")
    void closingMovesOnlyWhenItMust() throws IOException {
        float smallestClosing = 2 * BODY_LEADING + GAP + 4f + 2 * BODY_LEADING + 15 * MM;
        for (int filler = 14; filler <= 30; filler++) {
            for (int items = 0; items <= 3; items++) {
                PdfLines pdf = render(withFiller(filler, items).paragraph("Close one.\nClose two."));
                String where = filler + " paragraphs and " + items + " items of filler";
                PdfLines.Line off = pdf.starting("Yours faithfully");
                PdfLines.Line name = pdf.after(off);
                assertEquals(off.page(), name.page(), "the name under the sign-off, " + where);
                float signature = name.baselineFromTop() - off.baselineFromTop() - BODY_LEADING;
                assertTrue(signature >= 15 * MM - 0.05f && signature <= 18 * MM + 0.05f, signature / MM + " mm, "
                        + where);
                PdfLines.Line closeOne = pdf.starting("Close one.");
                assertEquals(off.page(), closeOne.page(), "the last paragraph with the sign-off, " + where);
                PdfLines.Line before = pdf.lines.get(pdf.lines.indexOf(closeOne) - 1);
                while (before.fontSize() <= PageGeometry.FOOTER_SIZE) {
                    before = pdf.lines.get(pdf.lines.indexOf(before) - 1);
                }
                if (before.page() < closeOne.page()) {
                    float room = PAGE_HEIGHT - BOTTOM - before.baselineFromTop() - UNDER_BASELINE - GAP;
                    assertTrue(room < smallestClosing, "moved over with " + room + " pt left, " + where);
                }
            }
        }
    }

    @Test
    @DisplayName("in the evidence pack too, a sub-heading is not left at the foot with a header and one row")
    void packSubHeadingKeptWithRows() throws IOException {
        float oneRow = 3f + 14.5f + 2f + 2 * (12.5f + 2.4f * MM);
        PdfLines pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PageWriter writer = new PageWriter(document)) {
                writer.newPage();
                PageWriterLayoutTest.leaveRoom(writer, oneRow + 5f);
                writer.block(new LetterBlock.SubHeading("Payments due"));
                writer.block(table(12, true));
            }
            document.save(out);
            pdf = new PdfLines(new PdfReadBack(out.toByteArray()));
        }
        assertEquals(2, page(pdf, "Payments due"));
        assertEquals(2, page(pdf, "Row 02"));
        assertEquals(1, pdf.lines.stream().filter(l -> l.text().startsWith("Date due")).count(), "one header only");
    }

    /**
     * A letter a few lines over one page is set with gaps of 5 pt instead of 7 pt between its blocks when that fits
     * it on one sheet (a sample letter left a quarter of page 1 empty for six lines on page 2); one further over keeps
     * its usual gaps and breaks as the rules above say.
     */
    @Test
    @DisplayName("a letter a few lines over one page is set with smaller gaps when that fits it on one sheet")
    void aFewLinesOverIsSetTighter() throws IOException {
        int lastUsual = -1;
        int lastTight = -1;
        int firstOver = -1;
        for (int filler = 18; filler <= 34; filler++) {
            PdfLines pdf = render(withFiller(filler, 0));
            float step = pdf.starting("Filler 1.").baselineFromTop() - pdf.starting("Filler 0.").baselineFromTop();
            int pages = page(pdf, "Yours faithfully");
            String where = filler + " paragraphs: " + pages + " page(s), " + step + " pt apart";
            if (pages > 1) {
                assertEquals(BODY_LEADING + GAP, step, 0.05f, where);
                firstOver = firstOver < 0 ? filler : firstOver;
            } else if (Math.abs(step - (BODY_LEADING + GAP)) < 0.05f) {
                assertTrue(lastTight < 0, "tight only once the usual gaps no longer fit, " + where);
                lastUsual = filler;
            } else {
                assertEquals(BODY_LEADING + BodyWriter.TIGHT_PARAGRAPH_GAP, step, 0.05f, where);
                assertTrue(firstOver < 0, where);
                lastTight = filler;
            }
        }
        assertTrue(lastUsual > 0 && lastTight > lastUsual && firstOver > lastTight,
                "usual to " + lastUsual + ", tight to " + lastTight + ", over from " + firstOver);
    }

    /**
     * Found in review (pack page CML-0009): a row before a last row taller than a page went over on its own, leaving
     * a page almost blank, because the last two rows were to go over together, which they never could.
     */
    @Test
    @DisplayName("a last row taller than a page takes no row over with it: the one before stays where it fits")
    void noRowGoesOverAloneBeforeARowTallerThanAPage() throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            cells.add(List.of(String.format("Row %02d", i), "Short."));
        }
        cells.add(List.of("Row 05", "Long line of a note. ".repeat(600).strip()));
        LetterBlock.Table table = new LetterBlock.Table(List.of(TableColumn.left("Happened", 1),
                TableColumn.left("What", 3)), cells);
        PdfLines pdf = render(withFiller(3, 0).table(table).paragraph("After the table."));
        assertEquals(page(pdf, "Row 01"), page(pdf, "Row 04"), "Row 04 stays with the rows before it");
        assertEquals(page(pdf, "Row 04"), page(pdf, "Row 05"), "the tall row starts under it and runs over");
    }
}
