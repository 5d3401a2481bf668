package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.SweptLetter.render;
import static uk.cml.letters.SweptLetter.withFiller;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Wherever a page happens to end, the parts of a letter that read badly apart stay together. Each test renders the
 * same letter with more and more filler before the part, so the page break falls at every point through it.
 */
@DisplayName("Wherever the page ends, a letter keeps together")
class LetterKeepTogetherTest {

    private static void assertClosingTogether(PdfLines pdf, String lastParagraphStart, int lastLines, String where) {
        PdfLines.Line off = pdf.starting("Yours faithfully");
        assertEquals(off.page(), pdf.after(off).page(), "the name under the sign-off, " + where);
        for (String part : List.of("Enclosures:", "1.Copy of my letter", "2.Payment schedule")) {
            assertEquals(off.page(), pdf.starting(part).page(), part + " with the sign-off, " + where);
        }
        PdfLines.Line line = pdf.starting(lastParagraphStart);
        int onClosingPage = 0;
        for (int i = 0; i < lastLines; i++) {
            onClosingPage += line.page() == off.page() ? 1 : 0;
            line = pdf.after(line);
        }
        int expected = lastLines <= 3 ? lastLines : 2;
        assertTrue(onClosingPage >= expected, onClosingPage + " lines of the last paragraph with the sign-off, " + where);
        assertTrue(onClosingPage == lastLines || lastLines - onClosingPage >= 2,
                "a long last paragraph is not split leaving one line behind, " + where);
    }

    private void sweepClosing(String lastParagraph, String start, int lines) throws IOException {
        for (int filler = 18; filler <= 32; filler++) {
            PdfLines pdf = render(withFiller(filler).paragraph(lastParagraph).signOff("Yours faithfully")
                    .signerName("Sam Taylor").enclosure("Copy of my letter").enclosure("Payment schedule"));
            assertClosingTogether(pdf, start, lines, "after " + filler + " filler paragraphs");
        }
    }

    @Test
    @DisplayName("a short last paragraph, the sign-off, signature space, name and enclosures share a page")
    void shortLastParagraph() throws IOException {
        sweepClosing("Last one.\nLast two.\nLast three.", "Last one.", 3);
    }

    @Test
    @DisplayName("a long last paragraph takes at least its last two lines over with the sign-off")
    void longLastParagraph() throws IOException {
        sweepClosing("L1.\nL2.\nL3.\nL4.\nL5.\nL6.", "L1.", 6);
    }

    @Test
    @DisplayName("a four-line last paragraph may break two and two, rather than all go over with the sign-off")
    void fourLineLastParagraph() throws IOException {
        sweepClosing("F1.\nF2.\nF3.\nF4.", "F1.", 4);
    }

    /**
     * The enforcement request ends with a sub-heading, one short paragraph under it and the last paragraph. The short
     * paragraph goes over with the last one and the closing; its sub-heading went over too only by chance, and was
     * left at the foot of page 1 for a case moved to Collect and Pay (its letter one paragraph longer).
     */
    @Test
    @DisplayName("a sub-heading over the paragraph before the last goes over the page with it")
    void subHeadingOverTheLastParagraphs() throws IOException {
        for (int filler = 18; filler <= 32; filler++) {
            PdfLines pdf = render(withFiller(filler).block(new LetterBlock.SubHeading("What I know about Jordan"))
                    .paragraph("Jordan Reed is employed.")
                    .paragraph("If I have not heard from you by 7 December 2026, I will make a formal complaint.")
                    .signOff("Yours faithfully").signerName("Sam Taylor"));
            assertEquals(pdf.starting("What I know about Jordan").page(), pdf.starting("Jordan Reed is").page(),
                    "the sub-heading with its paragraph after " + filler + " filler paragraphs");
        }
    }

    /**
     * Found by a reviewer: the enforcement request's last page held only "What I know about Jordan Reed", "Jordan Reed
     * is employed." and the sign-off, though page 1 had room for them: the sub-heading and its one line went over with
     * the closing, and nothing before them. The paragraph before the sub-heading now goes over too (whole, or its
     * last two lines), so the last page never holds only a heading, a line or two and the closing.
     */
    @Test
    @DisplayName("a last page holds more than the last sub-heading, its line and the sign-off")
    void lastPageHoldsMoreThanTheLastHeading() throws IOException {
        for (int filler = 18; filler <= 32; filler++) {
            PdfLines pdf = render(withFiller(filler).paragraph("The arrears are still unpaid.")
                    .block(new LetterBlock.SubHeading("What I know about Jordan Reed"))
                    .paragraph("Jordan Reed is employed.")
                    .signOff("Yours faithfully").signerName("Sam Taylor"));
            int closing = pdf.starting("Yours faithfully").page();
            String where = " after " + filler + " filler paragraphs";
            assertEquals(closing, pdf.starting("What I know about Jordan Reed").page(), "the sub-heading" + where);
            assertEquals(closing, pdf.starting("Jordan Reed is employed.").page(), "its paragraph" + where);
            if (closing > 1) {
                assertEquals(closing, pdf.starting("The arrears are still unpaid.").page(),
                        "the paragraph before the sub-heading goes over with it" + where);
            }
        }
    }

    /** The complaint's "The effect on my child" is never alone at the foot of a page, wherever the page ends. */
    @Test
    @DisplayName("a sub-heading over a lead-in and a list stays with them wherever the page ends")
    void effectHeadingKeptWithItsLines() throws IOException {
        for (int filler = 18; filler <= 34; filler++) {
            PdfLines pdf = render(withFiller(filler).block(new LetterBlock.SubHeading("The effect on my child Mia"))
                    .paragraph("Because the maintenance has not been paid:")
                    .bullets(List.of("I am two months behind with the rent because the maintenance has not come.",
                            "I could not buy Mia's new school uniform this term."))
                    .block(new LetterBlock.SubHeading("What I am asking for"))
                    .paragraph("If your reply does not settle my complaint, I will ask for a review by a senior "
                            + "manager.")
                    .signOff("Yours faithfully").signerName("Sam Taylor"));
            String where = " after " + filler + " filler paragraphs";
            int heading = pdf.starting("The effect on my child Mia").page();
            assertEquals(heading, pdf.starting("Because the maintenance").page(), "its lead-in" + where);
            assertEquals(heading, pdf.starting("\u2022I am two months behind").page(), "its first item" + where);
            assertEquals(pdf.starting("What I am asking for").page(), pdf.starting("If your reply").page(),
                    "the last sub-heading with its paragraph" + where);
        }
    }

    @Test
    @DisplayName("the heading goes over the page with the request box under it, or with the salutation")
    void headingKept() throws IOException {
        for (int references = 20; references <= 34; references++) {
            LetterDocument.Builder boxed = withFiller(0).heading("COMPLAINT")
                    .block(new LetterBlock.RequestBox("What I am asking you to do",
                            List.of("Send me a breakdown of the arrears.", "Start enforcement action.")))
                    .paragraph("Body.");
            LetterDocument.Builder plain = withFiller(0).heading("COMPLAINT").paragraph("Body.");
            for (int r = 0; r < references; r++) {
                boxed.reference("Reference " + r, "Value " + r);
                plain.reference("Reference " + r, "Value " + r);
            }
            PdfLines withBox = render(boxed);
            assertEquals(withBox.starting("COMPLAINT").page(), withBox.starting("2.Start enforcement").page(),
                    "box with its heading after " + references + " references");
            PdfLines without = render(plain);
            assertEquals(without.starting("COMPLAINT").page(), without.starting("Dear Sir").page(),
                    "heading with the salutation after " + references + " references");
        }
    }
}
