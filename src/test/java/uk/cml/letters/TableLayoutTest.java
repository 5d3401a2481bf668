package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.BOTTOM;
import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.PAGE_HEIGHT;
import static uk.cml.letters.PageGeometry.RIGHT;
import static uk.cml.letters.PageGeometry.TOP;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tables and the request box: their text, shading, rules and frames read back from the page. */
@DisplayName("Tables and request boxes are drawn where the page geometry says")
class TableLayoutTest {

    private static final float EPS = 0.05f;
    private static final float ROW_LEADING = 12.5f;
    private static final float PAD_X = 1.5f * MM;
    private static final float PAD_Y = 1.2f * MM;
    private static final float ROW = ROW_LEADING + 2 * PAD_Y;
    /** From the top of a table line to the baseline of its 10 pt text. */
    private static final float CELL_DROP = ROW_LEADING - 10f * 0.25f;
    private static final LetterBlock.Table TABLE = new LetterBlock.Table(
            List.of(TableColumn.left("Date", 1), TableColumn.right("Amount", 1)),
            List.of(List.of("1 Mar 2026", "£65.00"), List.of("8 Mar 2026\nPart payment", "£30.00")),
            List.of("Total", "£95.00"));

    private interface Content {
        void write(PageWriter writer) throws IOException;
    }

    private static byte[] pdf(Content content) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PageWriter writer = new PageWriter(document)) {
                writer.newPage();
                content.write(writer);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("cells sit inside their columns, amounts against the right edge, rows one under another")
    void cells() throws IOException {
        PdfLines pdf = new PdfLines(new PdfReadBack(pdf(w -> w.block(TABLE))));
        float top = PAGE_HEIGHT - TOP;
        PdfLines.Line header = pdf.starting("Date");
        assertEquals(top + PAD_Y + CELL_DROP, header.baselineFromTop(), EPS);
        assertEquals(LEFT + PAD_X, header.x(), EPS);
        assertEquals(RIGHT - PAD_X, header.rightOf("Amount"), EPS);
        PdfLines.Line first = pdf.starting("1 Mar 2026");
        assertEquals(ROW, first.baselineFromTop() - header.baselineFromTop(), EPS);
        assertEquals(LEFT + PAD_X, first.x(), EPS);
        assertEquals(RIGHT - PAD_X, first.rightOf("£65.00"), EPS);
        PdfLines.Line second = pdf.starting("8 Mar 2026");
        assertEquals(ROW, second.baselineFromTop() - first.baselineFromTop(), EPS);
        PdfLines.Line wrapped = pdf.starting("Part payment");
        assertEquals(ROW_LEADING, wrapped.baselineFromTop() - second.baselineFromTop(), EPS);
        PdfLines.Line total = pdf.starting("Total");
        assertEquals(ROW + ROW_LEADING, total.baselineFromTop() - second.baselineFromTop(), EPS,
                "the two-line row is one line taller");
        assertEquals(RIGHT - PAD_X, total.rightOf("£95.00"), EPS);
    }

    @Test
    @DisplayName("the header is shaded light grey, each row has a thin grey rule under it, the total a black rule over it")
    void shadingAndRules() throws IOException {
        PdfDrawings drawings = new PdfDrawings(pdf(w -> w.block(TABLE)));
        List<PdfDrawings.Shape> fills = drawings.shapes(1, true);
        assertEquals(1, fills.size(), fills.toString());
        PdfDrawings.Shape shade = fills.get(0);
        assertEquals(LEFT, shade.x(), EPS);
        assertEquals(CONTENT_WIDTH, shade.width(), EPS);
        assertEquals(TOP, shade.top(), EPS);
        assertEquals(ROW, shade.height(), EPS);
        assertEquals(0.88f, shade.gray(), 0.01f);
        List<PdfDrawings.Shape> rules = drawings.shapes(1, false);
        float[] expectedY = {TOP - 2 * ROW, TOP - 3 * ROW - ROW_LEADING, TOP - 3 * ROW - ROW_LEADING,
            TOP - 4 * ROW - ROW_LEADING};
        rules = rules.stream().sorted((a, b) -> Float.compare(b.y(), a.y())).toList();
        assertEquals(4, rules.size(), rules.toString());
        for (int i = 0; i < rules.size(); i++) {
            PdfDrawings.Shape rule = rules.get(i);
            assertEquals(LEFT, rule.x(), EPS);
            assertEquals(CONTENT_WIDTH, rule.width(), EPS);
            assertEquals(0, rule.height(), EPS);
            assertEquals(expectedY[i], rule.y(), EPS, "rule " + i);
        }
        // The total's black rule and the grey one under the last row are at the same height; check each kind once.
        assertTrue(rules.stream().anyMatch(r -> r.gray() == 0f && Math.abs(r.lineWidth() - 0.9f) < 0.01f));
        assertEquals(3, rules.stream().filter(r -> Math.abs(r.gray() - 0.7f) < 0.01f
                && Math.abs(r.lineWidth() - 0.4f) < 0.01f).count());
    }

    @Test
    @DisplayName("a table's header goes over the page with its first row, not left alone at the foot")
    void headerKeptWithFirstRow() throws IOException {
        PdfLines pdf = new PdfLines(new PdfReadBack(pdf(w -> {
            PageWriterLayoutTest.leaveRoom(w, ROW * 1.5f);
            w.block(TABLE);
        })));
        assertEquals(1, pdf.lines.stream().filter(l -> l.text().startsWith("Date")).count(), "one header only");
        assertEquals(2, pdf.starting("Date").page());
        assertEquals(2, pdf.starting("1 Mar 2026").page());
    }

    @Test
    @DisplayName("a row taller than a page runs on under a repeated header, every line once and above the margin")
    void rowTallerThanAPage() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add("Line " + i);
        }
        LetterBlock.Table table = new LetterBlock.Table(List.of(TableColumn.left("What", 3),
                TableColumn.right("Amount", 1)), List.of(List.of(String.join("\n", lines), "£1.00")));
        PdfLines pdf = new PdfLines(new PdfReadBack(pdf(w -> w.block(table))));
        List<PdfLines.Line> printed = pdf.lines.stream().filter(l -> l.text().startsWith("Line ")).toList();
        assertEquals(lines, printed.stream().map(l -> l.text().replace("£1.00", "")).toList());
        assertTrue(printed.get(0).text().endsWith("£1.00"), "the amount is on the row's first line");
        assertTrue(printed.get(79).page() > 1);
        assertEquals(printed.get(79).page(), pdf.lines.stream().filter(l -> l.text().startsWith("What")).count(),
                "the header is repeated on each page the row runs onto");
        for (PdfLines.Line line : printed) {
            assertTrue(line.baselineFromTop() <= PAGE_HEIGHT - BOTTOM, "above the bottom margin: " + line);
        }
    }

    @Test
    @DisplayName("the request box is framed across the width, its height holding the title and every request")
    void requestBoxFrame() throws IOException {
        LetterBlock.RequestBox box = new LetterBlock.RequestBox("What I am asking you to do",
                List.of("Send me a breakdown of the arrears.", "Start enforcement action."));
        byte[] bytes = pdf(w -> {
            w.block(box);
            w.block(new LetterBlock.Paragraph("After the box."));
        });
        float height = 6 * MM + BODY_LEADING + 2 * (3 + BODY_LEADING);
        List<PdfDrawings.Shape> frames = new PdfDrawings(bytes).shapes(1, false);
        assertEquals(1, frames.size(), frames.toString());
        PdfDrawings.Shape frame = frames.get(0);
        assertEquals(LEFT, frame.x(), EPS);
        assertEquals(CONTENT_WIDTH, frame.width(), EPS);
        assertEquals(TOP, frame.top(), EPS);
        assertEquals(height, frame.height(), EPS);
        assertEquals(0.2f, frame.gray(), 0.01f);
        assertEquals(1f, frame.lineWidth(), EPS);
        PdfLines pdf = new PdfLines(new PdfReadBack(bytes));
        float frameBottomFromTop = PAGE_HEIGHT - frame.y();
        assertTrue(pdf.starting("2.Start").baselineFromTop() < frameBottomFromTop - 3 * MM + 1, "inside the frame");
        assertEquals(frameBottomFromTop + 7f + BODY_LEADING - 11f * 0.25f,
                pdf.starting("After the box.").baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("the request box goes over the page whole rather than being split")
    void requestBoxKeptWhole() throws IOException {
        LetterBlock.RequestBox box = new LetterBlock.RequestBox("What I am asking you to do",
                List.of("Send me a breakdown of the arrears.", "Start enforcement action."));
        byte[] bytes = pdf(w -> {
            PageWriterLayoutTest.leaveRoom(w, 60);
            w.block(box);
        });
        PdfLines pdf = new PdfLines(new PdfReadBack(bytes));
        assertEquals(2, pdf.starting("What I am asking").page());
        assertEquals(2, new PdfDrawings(bytes).shapes.get(0).page());
        assertEquals(TOP, new PdfDrawings(bytes).shapes.get(0).top(), EPS);
    }
}
