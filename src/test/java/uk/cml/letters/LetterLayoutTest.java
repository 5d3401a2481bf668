package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where each part of a letter lands, read back from the PDF and checked against the page geometry: the spacing a
 * reader sees between lines, paragraphs, headings, the request box, bullets, the signature space and enclosures.
 */
@DisplayName("A letter's body is laid out to the declared geometry")
class LetterLayoutTest {

    private static final float EPS = 0.05f;
    /** From the top of a 14.5 pt line box to the baseline of 11 pt text in it. */
    private static final float BODY_DROP = BODY_LEADING - PageGeometry.BODY_SIZE * 0.25f;
    private static final float HEADING_LEADING = 17f;
    private static final float HEADING_DROP = HEADING_LEADING - PageGeometry.HEADING_SIZE * 0.25f;
    private static final float PARAGRAPH_GAP = 7f;
    private static final float BULLET_RIGHT = LEFT + 4.5f * MM;
    private static final float BULLET_TEXT = LEFT + 6 * MM;
    private static final String LONG = "The payments due since March have not arrived, and I have called the "
            + "arrears team three times without any reply from a caseworker about what will happen next. ";

    private static PdfLines pdf;

    @BeforeAll
    static void render() throws IOException {
        LetterDocument letter = LetterDocument.builder()
                .sender(new Sender("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB")))
                .date(SampleLetters.DATE)
                .recipient("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ")
                .reference("Our reference", "1212 3456 7890")
                .reference("NI", "AB 12 34 56 C")
                .heading("COMPLAINT ABOUT ARREARS")
                .block(new LetterBlock.RequestBox("What I am asking you to do",
                        List.of("Send me a breakdown of the arrears.", "Start enforcement action.")))
                .salutation("Dear Sir or Madam")
                .paragraph(LONG + LONG)
                .subHeading("What went wrong")
                .paragraph("Short second paragraph.")
                .bullets(List.of("First bullet point.", "Second bullet point."))
                .paragraph("Last paragraph before the sign-off.")
                .signOff("Yours faithfully")
                .signerName("Sam Taylor")
                .enclosure("Copy of my letter")
                .enclosure("Payment schedule")
                .build();
        pdf = new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter).pdf()));
    }

    private static void assertGap(float expected, PdfLines.Line above, PdfLines.Line below) {
        assertEquals(above.page(), below.page(), "same page: " + above + " / " + below);
        assertEquals(expected, below.baselineFromTop() - above.baselineFromTop(), EPS,
                "baseline to baseline from \"" + above.text() + "\" to \"" + below.text() + "\"");
    }

    @Test
    @DisplayName("references start under the window's reach, values lined up 4 mm after the longest label")
    void references() {
        PdfLines.Line first = pdf.starting("Our reference:");
        PdfLines.Line second = pdf.starting("NI:");
        assertEquals(PageGeometry.BODY_START_FROM_TOP + BODY_DROP, first.baselineFromTop(), EPS);
        assertEquals(LEFT, first.x(), EPS);
        assertEquals(LEFT, second.x(), EPS);
        assertGap(BODY_LEADING, first, second);
        float valueLeft = first.xOf("1212 3456 7890");
        assertEquals(first.rightOf("Our reference:") + 4 * MM, valueLeft, 0.1f,
                "the value column starts 4 mm after the longest label");
        assertEquals(valueLeft, second.xOf("AB 12 34 56 C"), EPS, "values share one column");
    }

    @Test
    @DisplayName("the heading is bold and larger, a paragraph gap below the references")
    void heading() {
        PdfLines.Line ni = pdf.starting("NI:");
        PdfLines.Line heading = pdf.starting("COMPLAINT ABOUT ARREARS");
        assertEquals(PageGeometry.HEADING_SIZE, heading.fontSize(), EPS);
        assertGap(BODY_LEADING - BODY_DROP + PARAGRAPH_GAP + 4 + HEADING_DROP, ni, heading);
    }

    @Test
    @DisplayName("the request box follows the heading, its title and numbered items inset 3 mm inside the frame")
    void requestBox() {
        PdfLines.Line heading = pdf.starting("COMPLAINT ABOUT ARREARS");
        PdfLines.Line title = pdf.starting("What I am asking you to do");
        PdfLines.Line one = pdf.starting("1.Send me");
        PdfLines.Line two = pdf.starting("2.Start enforcement");
        float boxTop = heading.baselineFromTop() - HEADING_DROP + HEADING_LEADING + PARAGRAPH_GAP;
        assertEquals(boxTop + 3 * MM + BODY_DROP, title.baselineFromTop(), EPS);
        assertEquals(LEFT + 3 * MM, title.x(), EPS);
        assertGap(BODY_LEADING + 3, title, one);
        assertGap(BODY_LEADING + 3, one, two);
        assertEquals(LEFT + 9 * MM, one.xOf("Send me"), EPS, "item text 6 mm inside the title");
        assertEquals(LEFT + 7.5f * MM, one.rightOf("1."), EPS, "numbers right-aligned 1.5 mm before the text");
        assertEquals(LEFT + 7.5f * MM, two.rightOf("2."), EPS);
        float boxHeight = 6 * MM + BODY_LEADING + 2 * (3 + BODY_LEADING);
        PdfLines.Line salutation = pdf.starting("Dear Sir or Madam");
        assertEquals(boxTop + boxHeight + PARAGRAPH_GAP + BODY_DROP, salutation.baselineFromTop(), EPS,
                "the salutation starts a paragraph gap below the box");
    }

    @Test
    @DisplayName("paragraph lines are one leading apart, paragraphs a gap apart, all from the left margin")
    void paragraphs() {
        PdfLines.Line salutation = pdf.starting("Dear Sir or Madam");
        PdfLines.Line first = pdf.after(salutation);
        assertEquals(LEFT, first.x(), EPS);
        assertGap(BODY_LEADING + PARAGRAPH_GAP, salutation, first);
        PdfLines.Line line = first;
        int count = 1;
        while (!pdf.after(line).text().startsWith("What went wrong")) {
            PdfLines.Line next = pdf.after(line);
            assertGap(BODY_LEADING, line, next);
            assertEquals(LEFT, next.x(), EPS);
            line = next;
            count++;
        }
        assertEquals(true, count >= 3, "the long paragraph wraps onto several lines");
        PdfLines.Line sub = pdf.starting("What went wrong");
        assertGap(BODY_LEADING + PARAGRAPH_GAP + 3, line, sub);
        assertGap(BODY_LEADING + 2, sub, pdf.starting("Short second paragraph."));
    }

    @Test
    @DisplayName("bullets hang 6 mm in with their mark right-aligned 1.5 mm before the text")
    void bullets() {
        PdfLines.Line one = pdf.starting("\u2022First bullet");
        PdfLines.Line two = pdf.starting("\u2022Second bullet");
        assertGap(BODY_LEADING + PARAGRAPH_GAP, pdf.starting("Short second paragraph."), one);
        assertGap(BODY_LEADING + 2, one, two);
        assertEquals(BULLET_TEXT, one.xOf("First bullet"), EPS);
        assertEquals(BULLET_RIGHT, one.rightOf("\u2022"), EPS);
        assertEquals(BULLET_RIGHT, two.rightOf("\u2022"), EPS);
        assertGap(BODY_LEADING + PARAGRAPH_GAP, two, pdf.starting("Last paragraph"));
    }

    @Test
    @DisplayName("the sign-off leaves 18 mm to sign in, then the name, then the numbered enclosures")
    void closing() {
        PdfLines.Line last = pdf.starting("Last paragraph");
        PdfLines.Line off = pdf.starting("Yours faithfully");
        PdfLines.Line name = pdf.after(off);
        PdfLines.Line enclosures = pdf.starting("Enclosures:");
        assertEquals("Sam Taylor", name.text());
        assertGap(BODY_LEADING + PARAGRAPH_GAP + 4, last, off);
        assertGap(BODY_LEADING + 18 * MM, off, name);
        assertGap(BODY_LEADING + PARAGRAPH_GAP + 4, name, enclosures);
        PdfLines.Line one = pdf.starting("1.Copy of my letter");
        PdfLines.Line two = pdf.starting("2.Payment schedule");
        assertGap(BODY_LEADING, enclosures, one);
        assertGap(BODY_LEADING + 2, one, two);
        assertEquals(BULLET_TEXT, one.xOf("Copy of my letter"), EPS);
        assertEquals(BULLET_RIGHT, one.rightOf("1."), EPS);
        assertEquals(BULLET_RIGHT, two.rightOf("2."), EPS);
    }
}
