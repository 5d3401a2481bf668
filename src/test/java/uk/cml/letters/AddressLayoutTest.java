package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.ADDRESS_BOTTOM_FROM_TOP;
import static uk.cml.letters.PageGeometry.ADDRESS_LEFT;
import static uk.cml.letters.PageGeometry.ADDRESS_TOP_FROM_TOP;
import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.PAGE_HEIGHT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the recipient's address is sized, spaced and shortened to fill the envelope window, and what comes under it. */
@DisplayName("The recipient's address fills the window as large as it can")
class AddressLayoutTest {

    private static final float EPS = 0.05f;
    /** Liberation Sans, as a share of the size: top of the tallest letter and foot of the lowest descender. */
    private static final float ASCENT = 0.905f;
    private static final float DESCENT = 0.212f;
    /** The window's height for the block, less the quarter millimetre the code keeps in hand. */
    private static final float ROOM = ADDRESS_BOTTOM_FROM_TOP - ADDRESS_TOP_FROM_TOP - 0.25f * MM;

    private static PdfLines render(LetterDocument.Builder letter) throws IOException {
        return new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter.build()).pdf()));
    }

    private static List<PdfLines.Line> addressLines(PdfLines pdf) {
        return pdf.lines.stream().filter(l -> l.page() == 1 && Math.abs(l.x() - ADDRESS_LEFT) < EPS
                && l.baselineFromTop() < 95 * MM).toList();
    }

    @Test
    @DisplayName("a short address is 11 pt with 1.2 spacing, its first capitals on the window's top line")
    void shortAddress() throws IOException {
        List<PdfLines.Line> lines = addressLines(render(SampleLetters.simple()
                .recipient("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ")));
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(ADDRESS_TOP_FROM_TOP + ASCENT * 11, lines.get(0).baselineFromTop(), EPS);
        for (int i = 0; i < 4; i++) {
            assertEquals(11f, lines.get(i).fontSize(), EPS);
            if (i > 0) {
                assertEquals(13.2f, lines.get(i).baselineFromTop() - lines.get(i - 1).baselineFromTop(), EPS);
            }
        }
    }

    @Test
    @DisplayName("a five-line address is 10 pt, the largest half-point size whose lines fit 1.1 apart, filling the window")
    void fiveLines() throws IOException {
        List<PdfLines.Line> lines = addressLines(render(SampleLetters.simple()
                .recipient("Jordan Reed", "Flat 4", "3 Mill Lane", "Bradford", "BD1 4QT")));
        assertEquals(5, lines.size(), lines.toString());
        float size = 10f;
        float leading = (ROOM - (ASCENT + DESCENT) * size) / 4;
        assertTrue(leading >= 1.1f * size && (ROOM - (ASCENT + DESCENT) * 10.5f) / 4 < 1.1f * 10.5f,
                "10 pt is the largest size that fits");
        for (int i = 0; i < 5; i++) {
            assertEquals(size, lines.get(i).fontSize(), EPS);
            assertEquals(ADDRESS_TOP_FROM_TOP + ASCENT * size + i * leading, lines.get(i).baselineFromTop(), EPS);
        }
        assertEquals(ADDRESS_BOTTOM_FROM_TOP - 0.25f * MM, lines.get(4).baselineFromTop() + DESCENT * size, EPS,
                "the last line's descenders end on the block's bottom line");
    }

    @Test
    @DisplayName("blank lines in an address are dropped rather than printed as gaps")
    void blankLines() throws IOException {
        List<PdfLines.Line> lines = addressLines(render(SampleLetters.simple()
                .recipient("Child Maintenance Service", "", "PO Box 249", "  ", "Mitcheldean", "GL17 1AJ")));
        assertEquals(List.of("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ"),
                lines.stream().map(PdfLines.Line::text).toList());
        assertEquals(11f, lines.get(0).fontSize(), EPS, "four lines, so full size");
    }

    @Test
    @DisplayName("an address too long for the window joins its shortest neighbouring middle lines, the first pair on a tie")
    void joinsShortestPair() throws IOException {
        List<PdfLines.Line> lines = addressLines(render(SampleLetters.simple().recipient("Alexandra Person", "Flat 1",
                "Block B", "The Long Road Name", "Area 5", "Town 12", "Big County Name", "AB1 2CD")));
        assertEquals(List.of("Alexandra Person", "Flat 1, Block B", "The Long Road Name", "Area 5", "Town 12",
                "Big County Name", "AB1 2CD"), lines.stream().map(PdfLines.Line::text).toList());
        assertEquals(7f, lines.get(0).fontSize(), EPS);
    }

    @Test
    @DisplayName("the postcode is never joined to the line above it, however short both are")
    void postcodeKeptOnItsOwn() throws IOException {
        List<PdfLines.Line> lines = addressLines(render(SampleLetters.simple().recipient("Alexandra Person",
                "Flat 12", "Block B", "The Long Road Name", "Big County Name", "Region Name", "UK", "AB1")));
        assertEquals(List.of("Alexandra Person", "Flat 12", "Block B", "The Long Road Name", "Big County Name",
                "Region Name, UK", "AB1"), lines.stream().map(PdfLines.Line::text).toList());
    }

    @Test
    @DisplayName("a sender's block longer than the window's reach pushes the body down to 8 mm under it")
    void longSenderBlock() throws IOException {
        List<String> address = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            address.add("Sender line " + i);
        }
        PdfLines pdf = render(SampleLetters.simple().sender(new Sender("Sam Taylor", address)));
        float senderBottom = 15 * MM + (address.size() + 3) * PageGeometry.ADDRESS_LEADING;
        assertTrue(senderBottom > PageGeometry.BODY_START_FROM_TOP, "the block reaches below where the body starts");
        PdfLines.Line date = pdf.starting("22 Nov 2026");
        assertEquals(senderBottom - PageGeometry.BODY_SIZE * 0.25f, date.baselineFromTop(), EPS, "the date ends it");
        assertEquals(senderBottom + 8 * MM + BODY_LEADING - PageGeometry.BODY_SIZE * 0.25f,
                pdf.starting("Our case reference").baselineFromTop(), EPS);
    }

    @Test
    @DisplayName("an address too long even at 7 pt runs on to page 2 above the margin, and the body follows it")
    void overflowingAddress() throws IOException {
        String words = "word ".repeat(500).strip();
        PdfLines pdf = render(SampleLetters.simple().recipient("Name " + words, "Middle " + words, "Postcode " + words));
        List<PdfLines.Line> block = pdf.lines.stream().filter(l -> Math.abs(l.x() - ADDRESS_LEFT) < EPS).toList();
        PdfLines.Line lastOnOne = block.stream().filter(l -> l.page() == 1).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastOnOne.baselineFromTop() + DESCENT * 7 <= PAGE_HEIGHT - PageGeometry.BOTTOM + EPS,
                "not into the footer: " + lastOnOne);
        PdfLines.Line firstOnTwo = block.stream().filter(l -> l.page() == 2).findFirst().orElseThrow();
        assertEquals(PAGE_HEIGHT - PageGeometry.TOP + ASCENT * 7, firstOnTwo.baselineFromTop(), EPS);
        PdfLines.Line lastLine = block.get(block.size() - 1);
        assertEquals(2, lastLine.page());
        PdfLines.Line reference = pdf.starting("Our case reference");
        assertEquals(2, reference.page());
        assertEquals(lastLine.baselineFromTop() + DESCENT * 7 + 8 * MM + BODY_LEADING - PageGeometry.BODY_SIZE * 0.25f,
                reference.baselineFromTop(), EPS, "the body starts 8 mm under the address");
    }
}
