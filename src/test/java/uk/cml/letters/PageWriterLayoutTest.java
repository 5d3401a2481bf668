package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The evidence pack's typesetting (titles, labelled fields, pictures, spacing) read back from real pages. */
@DisplayName("PageWriter puts things where the page geometry says")
class PageWriterLayoutTest {

    private static final float EPS = 0.05f;
    private static final float BODY_DROP = BODY_LEADING - PageGeometry.BODY_SIZE * 0.25f;
    /** The top margin, measured from the top edge, where PdfReadBack measures baselines from. */
    private static final float TOP_FROM_TOP = PAGE_HEIGHT - TOP;

    interface Content {
        void write(PDDocument document, PageWriter writer) throws IOException;
    }

    private static byte[] pdf(Content content) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PageWriter writer = new PageWriter(document)) {
                writer.newPage();
                content.write(document, writer);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PdfLines lines(Content content) throws IOException {
        return new PdfLines(new PdfReadBack(pdf(content)));
    }

    /** Writes a first line (so the page is no longer empty) then leaves exactly {@code room} points above the margin. */
    static void leaveRoom(PageWriter writer, float room) throws IOException {
        writer.block(new LetterBlock.Paragraph("Start of the page."));
        writer.space(TOP - BOTTOM - BODY_LEADING - 7f - room);
    }

    @Test
    @DisplayName("a title starts at the top margin in 18 pt, and what follows sits 31 pt further down")
    void title() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            w.title("Summary of arrears");
            w.field("Owed", "£400.00", 40);
        });
        PdfLines.Line title = pdf.starting("Summary of arrears");
        assertEquals(18f, title.fontSize(), EPS);
        assertEquals(TOP_FROM_TOP + 23f - 18f * 0.25f, title.baselineFromTop(), EPS);
        assertEquals(LEFT, title.x(), EPS);
        assertEquals(TOP_FROM_TOP + 23f + 8f + BODY_DROP, pdf.starting("Owed").baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a title goes over the page unless it fits with two lines' room under it")
    void titleKeptWithWhatFollows() throws IOException {
        PdfLines moved = lines((d, w) -> {
            leaveRoom(w, 52.5f);
            w.title("Chronology");
        });
        assertEquals(2, moved.starting("Chronology").page());
        assertEquals(TOP_FROM_TOP + 23f - 4.5f, moved.starting("Chronology").baselineFromTop(), EPS);
        PdfLines stays = lines((d, w) -> {
            leaveRoom(w, 53.5f);
            w.title("Chronology");
        });
        assertEquals(1, stays.starting("Chronology").page());
    }

    @Test
    @DisplayName("a field's value starts at its indent on the label's line and wraps under itself inside the margin")
    void field() throws IOException {
        String value = "14 Orchard Close\n" + "A long line of an address that will not fit in the column beside "
                + "the label and must wrap";
        PdfLines pdf = lines((d, w) -> {
            w.field("Address", value, 62);
            w.field("Paying parent", "Jordan Reed", 62);
        });
        PdfLines.Line first = pdf.starting("Address");
        assertEquals(TOP_FROM_TOP + BODY_DROP, first.baselineFromTop(), EPS);
        assertEquals(LEFT, first.x(), EPS);
        assertEquals(LEFT + 62 * MM, first.xOf("14 Orchard Close"), EPS);
        PdfLines.Line second = pdf.after(first);
        PdfLines.Line third = pdf.after(second);
        assertTrue(second.text().startsWith("A long line"), second.text());
        assertEquals(LEFT + 62 * MM, second.x(), EPS);
        assertEquals(LEFT + 62 * MM, third.x(), EPS);
        assertEquals(BODY_LEADING, second.baselineFromTop() - first.baselineFromTop(), EPS);
        assertEquals(BODY_LEADING, third.baselineFromTop() - second.baselineFromTop(), EPS);
        assertTrue(second.right() <= RIGHT + 0.5f, "wrapped inside the right margin: " + second);
        PdfLines.Line next = pdf.after(third);
        assertTrue(next.text().startsWith("Paying parent"), next.text());
        assertEquals(BODY_LEADING + 3f, next.baselineFromTop() - third.baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a long label wraps short of the value's column, 3 mm clear of it")
    void longLabel() throws IOException {
        PdfLines pdf = lines((d, w) -> w.field("Parent receiving maintenance for the children", "Sam", 35));
        PdfLines.Line first = pdf.starting("Parent");
        assertEquals(LEFT + 35 * MM, first.xOf("Sam"), EPS);
        assertTrue(first.rightOf(first.text().substring(0, first.text().indexOf("Sam")).strip())
                <= LEFT + 32 * MM + 0.5f, "the label stops 3 mm before the value: " + first);
        PdfLines.Line second = pdf.after(first);
        assertEquals(LEFT, second.x(), EPS, "the label carries on under itself");
        assertEquals(BODY_LEADING, second.baselineFromTop() - first.baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a field keeps its first three rows together over a page break")
    void fieldKeptTogether() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            leaveRoom(w, 2.5f * BODY_LEADING);
            w.field("Address", "1 Road\nTown\nCounty\nPOST CODE", 62);
        });
        PdfLines.Line label = pdf.starting("Address");
        assertEquals(2, label.page(), "not split after one or two rows");
        assertEquals(TOP_FROM_TOP + BODY_DROP, label.baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a field longer than the room left carries its last rows to the next page, not over the footer")
    void fieldRunsOver() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            leaveRoom(w, 4.5f * BODY_LEADING);
            w.field("Address", "1 Road\nTown\nCounty\nRegion\nPOST CODE", 62);
        });
        assertEquals(1, pdf.starting("Address").page());
        assertEquals(1, pdf.starting("Region").page());
        PdfLines.Line last = pdf.starting("POST CODE");
        assertEquals(2, last.page());
        assertEquals(TOP_FROM_TOP + BODY_DROP, last.baselineFromTop(), EPS);
        assertEquals(LEFT + 62 * MM, last.x(), EPS);
    }

    @Test
    @DisplayName("space moves the next line down by exactly that much")
    void space() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            w.block(new LetterBlock.Paragraph("One"));
            w.space(40);
            w.block(new LetterBlock.Paragraph("Two"));
        });
        assertEquals(BODY_LEADING + 7f + 40f,
                pdf.starting("Two").baselineFromTop() - pdf.starting("One").baselineFromTop(), EPS);
    }

    private static PDImageXObject picture(PDDocument document, int width, int height) throws IOException {
        return LosslessFactory.createFromImage(document, new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    @Test
    @DisplayName("a wide picture fills the width between the margins, keeping its shape, and text follows under it")
    void widePicture() throws IOException {
        byte[] bytes = pdf((d, w) -> {
            w.image(picture(d, 400, 100));
            w.block(new LetterBlock.Paragraph("Under the picture"));
        });
        PdfDrawings.Picture p = new PdfDrawings(bytes).pictures.get(0);
        assertEquals(LEFT, p.x(), EPS);
        assertEquals(CONTENT_WIDTH, p.width(), EPS);
        assertEquals(CONTENT_WIDTH / 4, p.height(), EPS);
        assertEquals(TOP, p.y() + p.height(), EPS, "top of the picture on the top margin");
        PdfLines lines = new PdfLines(new PdfReadBack(bytes));
        assertEquals(TOP_FROM_TOP + CONTENT_WIDTH / 4 + BODY_DROP,
                lines.starting("Under the picture").baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a tall picture fills the room down to the bottom margin, keeping its shape, centred across the page")
    void tallPicture() throws IOException {
        float[][] room = new float[1][];
        byte[] bytes = pdf((d, w) -> {
            leaveRoom(w, 300);
            room[0] = w.roomForImage();
            w.image(picture(d, 100, 1000));
        });
        assertArrayEquals(new float[] {CONTENT_WIDTH, 300}, room[0], EPS);
        PdfDrawings.Picture p = new PdfDrawings(bytes).pictures.get(0);
        assertEquals(300, p.height(), EPS);
        assertEquals(30, p.width(), EPS);
        assertEquals(BOTTOM, p.y(), EPS);
        assertEquals(LEFT + (CONTENT_WIDTH - 30) / 2, p.x(), EPS);
    }

    @Test
    @DisplayName("blocks written through it are laid out as in a letter: a sub-heading is kept with what follows")
    void subHeadingKept() throws IOException {
        PdfLines moved = lines((d, w) -> {
            leaveRoom(w, 40);
            w.block(new LetterBlock.SubHeading("What went wrong"));
            w.block(new LetterBlock.Paragraph("One.\nTwo."));
        });
        assertEquals(2, moved.starting("What went wrong").page());
        assertEquals(TOP_FROM_TOP + BODY_DROP, moved.starting("What went wrong").baselineFromTop(), EPS,
                "at the top of the new page, without the gap it had above it");
        PdfLines stays = lines((d, w) -> {
            leaveRoom(w, 80);
            w.block(new LetterBlock.SubHeading("What went wrong"));
            w.block(new LetterBlock.Paragraph("One.\nTwo."));
        });
        assertEquals(1, stays.starting("What went wrong").page());
        assertEquals(1, stays.starting("Two.").page());
    }

    @Test
    @DisplayName("a sub-heading is never left alone at the foot of a page, whatever room is left")
    void subHeadingNeverAlone() throws IOException {
        for (float room = 44; room <= 49; room += 0.5f) {
            float r = room;
            PdfLines pdf = lines((d, w) -> {
                leaveRoom(w, r);
                w.block(new LetterBlock.SubHeading("What went wrong"));
                w.block(new LetterBlock.Paragraph("One.\nTwo."));
            });
            assertEquals(pdf.starting("What went wrong").page(), pdf.starting("One.").page(), "room " + r);
        }
    }

    @Test
    @DisplayName("a paragraph never leaves its first line alone at the foot of a page")
    void paragraphFirstLineKept() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            leaveRoom(w, 20);
            w.block(new LetterBlock.Paragraph("First line.\nSecond line.\nThird line."));
        });
        assertEquals(2, pdf.starting("First line.").page());
        assertEquals(TOP_FROM_TOP + BODY_DROP, pdf.starting("First line.").baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("a bullet goes over the page with its mark and first two lines")
    void bulletKept() throws IOException {
        PdfLines pdf = lines((d, w) -> {
            leaveRoom(w, 20);
            w.block(new LetterBlock.BulletList(List.of("First line of the bullet.\nSecond line.")));
        });
        PdfLines.Line bullet = pdf.starting("\u2022First line");
        assertEquals(2, bullet.page());
        assertEquals(TOP_FROM_TOP + BODY_DROP, bullet.baselineFromTop(), EPS);
    }
}
