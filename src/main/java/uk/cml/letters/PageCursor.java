package uk.cml.letters;

import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes down the pages of one document: keeps the current page and how far down it the text has reached
 * ({@link #top()}, the top of the next line), and starts a new page when something does not fit above the bottom margin.
 */
final class PageCursor implements Closeable {

    private final PDDocument document;
    private PDPageContentStream stream;
    private float top;
    private boolean pageEmpty;

    PageCursor(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PageGeometry.PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        top = PageGeometry.TOP;
        pageEmpty = true;
    }

    float top() {
        return top;
    }

    void moveTo(float newTop) {
        top = newTop;
    }

    void down(float height) {
        top -= height;
    }

    /** Space left above the bottom margin. */
    float room() {
        return top - PageGeometry.BOTTOM;
    }

    /** True when nothing has been written in the body of this page, so moving on would not help. */
    boolean pageEmpty() {
        return pageEmpty;
    }

    /** Moves to a new page unless the height fits here (or this page is still empty, where nothing would fit better). */
    void keepTogether(float height) throws IOException {
        if (height > room() + 0.01f && !pageEmpty) {
            newPage();
        }
    }

    void text(MeasuredFont font, float size, float x, float baseline, String text) throws IOException {
        pageEmpty = false;
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(TextWrapper.printed(text));
        stream.endText();
    }

    void textRightAligned(MeasuredFont font, float size, float right, float baseline, String text) throws IOException {
        text(font, size, right - font.width(text, size), baseline, text);
    }

    void image(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, float x, float y, float width,
               float height) throws IOException {
        pageEmpty = false;
        stream.drawImage(image, x, y, width, height);
    }

    void fill(float x, float y, float width, float height, float gray) throws IOException {
        stream.setNonStrokingColor(gray);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    /** A rectangle's outline; (x, y) is its lower left corner. */
    void frame(float x, float y, float width, float height, float lineWidth, float gray) throws IOException {
        stream.setStrokingColor(gray);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
        stream.setStrokingColor(0f);
    }

    void rule(float x1, float x2, float y, float lineWidth, float gray) throws IOException {
        stream.setStrokingColor(gray);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y);
        stream.lineTo(x2, y);
        stream.stroke();
        stream.setStrokingColor(0f);
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
