package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recipient's address must show through a DL window envelope wherever the folded sheet sits inside it. The
 * envelope's figures are written out here on their own, so a change to the letter's layout cannot move the goalposts.
 */
@DisplayName("The address shows through a DL window envelope")
class WindowEnvelopeTest {

    private static final float MM = 72f / 25.4f;
    // A common UK DL window envelope and an A4 sheet folded in three, in millimetres.
    private static final float ENVELOPE_HEIGHT = 110;
    private static final float ENVELOPE_WIDTH = 220;
    private static final float WINDOW_LEFT = 20;
    private static final float WINDOW_BOTTOM = 15;
    private static final float WINDOW_WIDTH = 90;
    private static final float WINDOW_HEIGHT = 35;
    private static final float FOLDED_HEIGHT = 99;
    private static final float SHEET_WIDTH = 210;
    private static final float SPARE = 2;

    /**
     * The top third of the sheet faces the window, top edge up. With the fold resting on the envelope's bottom edge,
     * the window shows the sheet from (FOLDED - WINDOW_BOTTOM - WINDOW_HEIGHT) to (FOLDED - WINDOW_BOTTOM) mm from its
     * top; pushed up against the top edge, everything moves down by the 11 mm of play. Sideways the sheet has 10 mm.
     */
    private static final float PLAY_UP = ENVELOPE_HEIGHT - FOLDED_HEIGHT;
    private static final float PLAY_SIDEWAYS = ENVELOPE_WIDTH - SHEET_WIDTH;
    private static final float ALWAYS_TOP = FOLDED_HEIGHT - WINDOW_BOTTOM - WINDOW_HEIGHT + PLAY_UP;
    private static final float ALWAYS_BOTTOM = FOLDED_HEIGHT - WINDOW_BOTTOM;
    private static final float ALWAYS_LEFT = WINDOW_LEFT;
    private static final float ALWAYS_RIGHT = WINDOW_LEFT + WINDOW_WIDTH - PLAY_SIDEWAYS;
    private static final float EVER_TOP = FOLDED_HEIGHT - WINDOW_BOTTOM - WINDOW_HEIGHT;
    private static final float EVER_BOTTOM = FOLDED_HEIGHT - WINDOW_BOTTOM + PLAY_UP;
    private static final float EVER_RIGHT = WINDOW_LEFT + WINDOW_WIDTH;

    @Test
    @DisplayName("the block sits 24-98 mm from the left and 62-82 mm from the top, 2 mm inside the window")
    void statedPosition() {
        assertEquals(60, ALWAYS_TOP, 0.01);
        assertEquals(84, ALWAYS_BOTTOM, 0.01);
        assertEquals(100, ALWAYS_RIGHT, 0.01);
        assertEquals(24, PageGeometry.ADDRESS_LEFT / MM, 0.01);
        assertEquals(98, PageGeometry.ADDRESS_RIGHT / MM, 0.01);
        assertEquals(62, PageGeometry.ADDRESS_TOP_FROM_TOP / MM, 0.01);
        assertEquals(82, PageGeometry.ADDRESS_BOTTOM_FROM_TOP / MM, 0.01);
        assertTrue(PageGeometry.ADDRESS_LEFT / MM >= ALWAYS_LEFT + SPARE);
        assertTrue(PageGeometry.ADDRESS_RIGHT / MM <= ALWAYS_RIGHT - SPARE);
        assertTrue(PageGeometry.ADDRESS_TOP_FROM_TOP / MM >= ALWAYS_TOP + SPARE);
        assertTrue(PageGeometry.ADDRESS_BOTTOM_FROM_TOP / MM <= ALWAYS_BOTTOM - SPARE);
    }

    static Stream<List<String>> addresses() {
        return Stream.of(
                List.of("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ"),
                List.of("Child Maintenance Service 21", "Mail Handling Site A", "Wolverhampton", "WV98 2BU"),
                List.of("Independent Case Examiner", "PO Box 209", "Bootle", "L20 7WA"),
                List.of("Jordan Reed", "Flat 4", "3 Mill Lane", "Bradford", "West Yorkshire", "BD1 4QT"),
                List.of("Alexandra Montgomery-Fitzwilliam", "Flat 12b, The Old Woollen Mill Apartments",
                        "147 Upper Kirkgate Road", "Little Horton", "Bradford", "West Yorkshire", "BD7 1AB"));
    }

    @ParameterizedTest
    @MethodSource("addresses")
    @DisplayName("every letter of the address is inside the window in both extreme positions, with 2 mm to spare")
    void insideTheWindow(List<String> address) throws IOException {
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(
                SampleLetters.simple().recipient(address).build()).pdf());
        List<PdfReadBack.Glyph> block = pdf.glyphs.stream()
                .filter(g -> g.page() == 1 && g.x() < 110 * MM && g.baselineFromTop() < 90 * MM).toList();
        String printed = String.join("", block.stream().map(PdfReadBack.Glyph::text).toList());
        // A very long address may have two middle lines joined with a comma; no word is lost.
        assertEquals(String.join("", address).replace(" ", "").replace(",", ""), printed.replace(" ", "").replace(",", ""),
                "the whole address");
        for (PdfReadBack.Glyph g : block) {
            float ascent = 0.905f * g.fontSize();
            float descent = 0.212f * g.fontSize();
            assertTrue((g.baselineFromTop() - ascent) / MM >= ALWAYS_TOP + SPARE, "above the window: " + g);
            assertTrue((g.baselineFromTop() + descent) / MM <= ALWAYS_BOTTOM - SPARE, "below the window: " + g);
            assertTrue(g.x() / MM >= ALWAYS_LEFT + SPARE, "left of the window: " + g);
            assertTrue(g.right() / MM <= ALWAYS_RIGHT - SPARE, "right of the window: " + g);
            assertTrue(g.fontSize() >= 7f, "too small to read: " + g);
        }
    }

    @Test
    @DisplayName("nothing else on page 1 can show through the window in any position")
    void senderAndDateOutOfTheWindow() throws IOException {
        List<String> address = List.of("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ");
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(
                SampleLetters.simple().recipient(address).build()).pdf());
        String addressText = String.join("", address).replace(" ", "");
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            if (g.page() != 1) {
                continue;
            }
            float top = (g.baselineFromTop() - 0.905f * g.fontSize()) / MM;
            float bottom = (g.baselineFromTop() + 0.212f * g.fontSize()) / MM;
            boolean couldShow = top < EVER_BOTTOM && bottom > EVER_TOP && g.x() / MM < EVER_RIGHT;
            if (couldShow) {
                assertTrue(addressText.contains(g.text().strip()), "shows through the window: " + g);
                assertTrue(top >= ALWAYS_TOP, "only the address may show: " + g);
            }
        }
        assertFalse(pdf.glyphs.isEmpty());
    }
}
