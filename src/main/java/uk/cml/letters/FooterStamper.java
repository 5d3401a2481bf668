package uk.cml.letters;

import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.FINGERPRINT_SIZE;
import static uk.cml.letters.PageGeometry.FOOTER_BASELINE;
import static uk.cml.letters.PageGeometry.FOOTER_SIZE;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.RIGHT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Second pass, once the page count is known: footer text on the left and "Page n of m" on the right of every page,
 * and the fingerprint line under the footer of the last page. Drawn in grey so it does not compete with the letter.
 */
final class FooterStamper {

    private static final float GRAY = 0.35f;
    private static final float FOOTER_LEADING = 10f;
    private static final float FINGERPRINT_LEADING = 9f;
    private static final float LOWEST_BASELINE = 8 * MM;
    private static final String ELLIPSIS = "\u2026";

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
            String pageLabel = "Page " + (i + 1) + " of " + pageCount;
            float labelWidth = font.width(pageLabel, FOOTER_SIZE);
            // A footer is a reference and a fingerprint a checksum, never paragraphs: cap them so they stay on the page.
            List<String> footerLines = footer.isEmpty() ? List.of("")
                    : capped(font, FOOTER_SIZE, footer, CONTENT_WIDTH - labelWidth - 6 * MM, 2);
            List<String> printLines = i == pageCount - 1 ? capped(font, FINGERPRINT_SIZE, print, CONTENT_WIDTH, 3)
                    : List.of();
            float stackDepth = (footerLines.size() - 1) * FOOTER_LEADING
                    + printLines.size() * FINGERPRINT_LEADING;
            float baseline = Math.max(FOOTER_BASELINE, LOWEST_BASELINE + stackDepth);
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.setNonStrokingColor(GRAY);
                show(stream, font, FOOTER_SIZE, RIGHT - labelWidth, baseline, pageLabel);
                for (String line : footerLines) {
                    show(stream, font, FOOTER_SIZE, LEFT, baseline, line);
                    baseline -= FOOTER_LEADING;
                }
                baseline += FOOTER_LEADING - FINGERPRINT_LEADING;
                for (String line : printLines) {
                    show(stream, font, FINGERPRINT_SIZE, LEFT, baseline, line);
                    baseline -= FINGERPRINT_LEADING;
                }
            }
        }
    }

    /** Wrapped lines, at most {@code max}; a cut is shown with an ellipsis rather than made silently. */
    private static List<String> capped(MeasuredFont font, float size, String text, float width, int max) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new TextWrapper(font, size, width).wrap(text);
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        while (!last.isEmpty() && font.width(last + ELLIPSIS, size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(max - 1, last + ELLIPSIS);
        return kept;
    }

    private static void show(PDPageContentStream stream, MeasuredFont font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.newLineAtOffset(x, y);
        stream.showText(TextWrapper.printed(text));
        stream.endText();
    }
}
