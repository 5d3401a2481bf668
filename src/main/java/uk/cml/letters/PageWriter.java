package uk.cml.letters;

import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The letters' typesetting for other documents (the evidence pack): titles, labelled lines and the letter blocks
 * (paragraphs, sub-headings, bullets, tables with repeated headers) written onto A4 pages appended to any document,
 * in the same embedded Liberation Sans. Pages are only ever added at the end, so a caller may append pages of its own
 * between calls and must call {@link #newPage()} before writing again. A sub-heading (or a paragraph ending in a colon)
 * is written when the next call comes, so it goes over the page with the opening of the block it introduces.
 */
public final class PageWriter implements Closeable {

    private static final float TITLE_SIZE = 18f;
    private static final float STAMP_SIZE = 8f;
    private static final float STAMP_GRAY = 0.3f;

    private final PDDocument document;
    private final FontSet fonts;
    private final PrintableText printable;
    private PageCursor cursor;
    private BodyWriter body;

    public PageWriter(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new FontSet(document);
        this.printable = new PrintableText(LetterFonts.printableInAllFaces());
    }

    /** Starts a new A4 page at the end of the document; the first call makes the first page. */
    public void newPage() throws IOException {
        if (cursor == null) {
            cursor = new PageCursor(document);
            body = new BodyWriter(cursor, fonts, printable);
        } else {
            body.flush();
            cursor.newPage();
        }
    }

    /** A large bold title, kept with at least two lines after it. */
    public void title(String text) throws IOException {
        TextStyle style = new TextStyle(fonts.bold(), TITLE_SIZE, 23f);
        List<String> lines = style.wrap(printable.multiLine(text), CONTENT_WIDTH);
        body.flush();
        cursor.keepTogether(lines.size() * style.leading() + 30f);
        for (String line : lines) {
            cursor.text(style.font(), style.size(), LEFT, style.baseline(cursor.top()), line);
            cursor.down(style.leading());
        }
        cursor.down(8f);
    }

    /** "Label:  value" with the value in bold from a fixed indent, wrapping under itself. */
    public void field(String label, String value, float valueIndentMm) throws IOException {
        TextStyle regular = new TextStyle(fonts.regular(), PageGeometry.BODY_SIZE, PageGeometry.BODY_LEADING);
        TextStyle bold = new TextStyle(fonts.bold(), PageGeometry.BODY_SIZE, PageGeometry.BODY_LEADING);
        float indent = valueIndentMm * MM;
        List<String> values = bold.wrap(printable.multiLine(value), CONTENT_WIDTH - indent);
        List<String> labels = regular.wrap(printable.singleLine(label), indent - 3 * MM);
        int rows = Math.max(values.size(), labels.size());
        body.flush();
        cursor.keepTogether(Math.min(rows, 3) * regular.leading());
        for (int i = 0; i < rows; i++) {
            cursor.keepTogether(regular.leading());
            float baseline = regular.baseline(cursor.top());
            if (i < labels.size()) {
                cursor.text(regular.font(), regular.size(), LEFT, baseline, labels.get(i));
            }
            if (i < values.size()) {
                cursor.text(bold.font(), bold.size(), LEFT + indent, baseline, values.get(i));
            }
            cursor.down(regular.leading());
        }
        cursor.down(3f);
    }

    /** A letter block, laid out exactly as in a letter. */
    public void block(LetterBlock block) throws IOException {
        body.block(block);
    }

    /**
     * Draws a picture in the room left on this page (down to the bottom margin), as large as fits, keeping its shape,
     * centred across the page.
     */
    public void image(PDImageXObject image) throws IOException {
        body.flush();
        float room = cursor.room();
        float scale = Math.min(CONTENT_WIDTH / image.getWidth(), room / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        cursor.image(image, LEFT + (CONTENT_WIDTH - width) / 2, cursor.top() - height, width, height);
        cursor.down(height);
    }

    /** The width and height, in points, of the room left on this page for {@link #image}. */
    public float[] roomForImage() throws IOException {
        body.flush();
        return new float[] {CONTENT_WIDTH, cursor.room()};
    }

    public void space(float points) throws IOException {
        body.flush();
        cursor.down(points);
    }

    /**
     * Writes a line of small grey text at the foot of any page (one of ours or an imported one), on the left and on
     * the right, inside the page's crop box and the right way up however the page is rotated.
     */
    public void stamp(PDPage page, String left, String right) throws IOException {
        MeasuredFont font = fonts.regular();
        String leftText = printable.singleLine(left);
        String rightText = printable.singleLine(right);
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float margin = Math.min(15 * MM, width * 0.06f);
        // 6 mm up: its white band stays under a copied letter's footer, whose fingerprint line (10.8 mm up) it cut in
        // half at 8 mm; still inside what printers print (about 4 mm from the edge).
        float baseline = Math.min(6 * MM, (sideways ? box.getWidth() : box.getHeight()) * 0.03f);
        try (PDPageContentStream stream = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream.transform(uprightOn(box, rotation));
            float rightWidth = font.width(rightText, STAMP_SIZE);
            // A white band keeps the number readable over a scan that runs to the edge of the page.
            stream.setNonStrokingColor(1f);
            stream.addRect(margin - 2, baseline - 3, width - 2 * margin + 4, STAMP_SIZE + 5);
            stream.fill();
            stream.setNonStrokingColor(STAMP_GRAY);
            show(stream, font, margin, baseline, leftText);
            show(stream, font, width - margin - rightWidth, baseline, rightText);
        }
    }

    /** Maps "upright" coordinates (origin at the bottom left as the page is viewed) onto the page's own space. */
    private static Matrix uprightOn(PDRectangle box, int rotation) {
        float x = box.getLowerLeftX();
        float y = box.getLowerLeftY();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, x + box.getWidth(), y);
            case 180 -> new Matrix(-1, 0, 0, -1, x + box.getWidth(), y + box.getHeight());
            case 270 -> new Matrix(0, -1, 1, 0, x, y + box.getHeight());
            default -> Matrix.getTranslateInstance(x, y);
        };
    }

    private static void show(PDPageContentStream stream, MeasuredFont font, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), STAMP_SIZE);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** Characters the font could not print, shown as "[symbol]". */
    public Set<String> replacedCharacters() {
        return printable.replacedCharacters();
    }

    /** Ends the page being written; call before saving the document. */
    @Override
    public void close() throws IOException {
        if (cursor != null) {
            body.flush();
            cursor.close();
        }
    }
}
