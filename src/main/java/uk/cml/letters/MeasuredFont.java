package uk.cml.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font loaded into one document, with glyph widths remembered per code point: wrapping measures the same
 * characters thousands of times. Only text already cleaned by {@link PrintableText} may be measured or shown.
 */
final class MeasuredFont {

    private final PDType0Font font;
    private final Map<Integer, Float> unitsPerCodePoint = new HashMap<>();

    MeasuredFont(PDType0Font font) {
        this.font = font;
    }

    PDType0Font pdFont() {
        return font;
    }

    /** Width in points of the text at the given size. PDFBox does not kern, so per-character widths add up exactly. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += unitsPerCodePoint.computeIfAbsent(cp, this::glyphUnits);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** How far the tallest letter (an accented capital) reaches above the baseline, in points. */
    float ascent(float size) {
        return font.getFontDescriptor().getAscent() * size / 1000f;
    }

    /** How far the deepest descender reaches below the baseline, in points (a positive number). */
    float descent(float size) {
        return -font.getFontDescriptor().getDescent() * size / 1000f;
    }

    private float glyphUnits(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
