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

    /** The sender's block sits in a right-hand column that no position of the envelope window reaches (< 110 mm). */
    static final float SENDER_LEFT = 115 * MM;
    static final float SENDER_TOP = PAGE_HEIGHT - 15 * MM;

    /*
     * The recipient's block, placed for a DL window envelope (110 x 220 mm, window 90 x 35 mm, 20 mm from the left and
     * 15 mm from the bottom). An A4 sheet folded in three is 99 x 210 mm, so it can slide 11 mm up and down and 10 mm
     * sideways. Measured on the sheet, the window then always shows 60 to 84 mm from the top and 20 to 100 mm from the
     * left edge, whichever way the sheet has slid; the block keeps 2 mm inside that on every side.
     */
    /** Left edge of the recipient's block. */
    static final float ADDRESS_LEFT = 24 * MM;
    /** The block's widest line ends here. */
    static final float ADDRESS_RIGHT = 98 * MM;
    static final float ADDRESS_WIDTH = ADDRESS_RIGHT - ADDRESS_LEFT;
    /** Distance from the top of the sheet to the top of the tallest letter of the block's first line. */
    static final float ADDRESS_TOP_FROM_TOP = 62 * MM;
    /** Distance from the top of the sheet to the lowest descender of the block's last line. */
    static final float ADDRESS_BOTTOM_FROM_TOP = 82 * MM;

    /*
     * Anything on the left of the sheet between 49 and 95 mm from the top can show through the window in one position
     * or another, so the body starts below that, and the sender's block and date stay right of 110 mm.
     */
    static final float WINDOW_REACH_BOTTOM_FROM_TOP = 95 * MM;
    static final float BODY_START_FROM_TOP = 99 * MM;

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
