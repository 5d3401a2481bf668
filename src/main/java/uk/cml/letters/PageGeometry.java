package uk.cml.letters;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on an A4 UK business letter, in PDF points (origin bottom left). Written in millimetres because
 * envelope windows and printers are specified in millimetres.
 */
final class PageGeometry {

    static final float MM = 72f / 25.4f;

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float PAGE_WIDTH = PAGE.getWidth();
    static final float PAGE_HEIGHT = PAGE.getHeight();

    static final float LEFT = 20 * MM;
    static final float RIGHT = PAGE_WIDTH - 20 * MM;
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    /** Top of the first line of text on every page. */
    static final float TOP = PAGE_HEIGHT - 20 * MM;
    /** Body text never goes below this line; the footer lives underneath it. */
    static final float BOTTOM = 25 * MM;

    /** The sender's block sits in a right-hand column that cannot reach the envelope window on the left. */
    static final float SENDER_LEFT = 115 * MM;
    static final float SENDER_TOP = PAGE_HEIGHT - 15 * MM;

    /** A DL window envelope shows this area of an A4 sheet folded in three. */
    static final float WINDOW_LEFT = 20 * MM;
    static final float WINDOW_TOP = PAGE_HEIGHT - 50 * MM;
    static final float WINDOW_WIDTH = 85 * MM;
    static final float WINDOW_HEIGHT = 35 * MM;

    static final float FOOTER_BASELINE = 14 * MM;

    static final float BODY_SIZE = 11f;
    static final float BODY_LEADING = 14.5f;
    static final float ADDRESS_LEADING = 13.5f;
    static final float HEADING_SIZE = 13f;
    static final float FOOTER_SIZE = 8f;
    static final float FINGERPRINT_SIZE = 7f;

    private PageGeometry() {
    }

    /** Baseline of a line whose box starts at {@code top}: leaves the descender inside the box. */
    static float baseline(float top, float size, float leading) {
        return top - leading + size * 0.25f;
    }
}
