package uk.cml.letters;

import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.FINGERPRINT_SIZE;
import static uk.cml.letters.PageGeometry.FOOTER_BASELINE;
import static uk.cml.letters.PageGeometry.FOOTER_SIZE;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.RIGHT;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Second pass, once the page count is known: footer text on the left and "Page n of m" on the right of every page,
 * and the fingerprint line under the footer of the last page. Drawn in grey so it does not compete with the letter.
 */
final class FooterStamper {

    private static final float GRAY = 0.35f;
    private static final float FOOTER_LEADING = 10f;

    private final FontSet fonts;
    private final PrintableText printable;

    FooterStamper(FontSet fonts, PrintableText printable) {
        this.fonts = fonts;
        this.printable = printable;
    }

    void stamp(PDDocument document, String footerText, String fingerprint) throws IOException {
        MeasuredFont font = fonts.regular();
        int pageCount = document.getNumberOfPages();
        String footer = printable.singleLine(footerText);
        String print = printable.singleLine(fingerprint);
        for (int i = 0; i < pageCount; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream =
                         new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.setNonStrokingColor(GRAY);
                String pageLabel = "Page " + (i + 1) + " of " + pageCount;
                float labelWidth = font.width(pageLabel, FOOTER_SIZE);
                show(stream, font, FOOTER_SIZE, RIGHT - labelWidth, FOOTER_BASELINE, pageLabel);
                float baseline = FOOTER_BASELINE;
                // Two lines at most: a footer is a reference, never a paragraph.
                List<String> lines = new TextWrapper(font, FOOTER_SIZE, CONTENT_WIDTH - labelWidth - 6 * MM).wrap(footer);
                for (String line : lines.subList(0, Math.min(2, lines.size()))) {
                    show(stream, font, FOOTER_SIZE, LEFT, baseline, line);
                    baseline -= FOOTER_LEADING;
                }
                if (i == pageCount - 1 && !print.isEmpty()) {
                    for (String line : new TextWrapper(font, FINGERPRINT_SIZE, CONTENT_WIDTH).wrap(print)) {
                        show(stream, font, FINGERPRINT_SIZE, LEFT, baseline, line);
                        baseline -= FINGERPRINT_SIZE + 2f;
                    }
                }
            }
        }
    }

    private static void show(PDPageContentStream stream, MeasuredFont font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
