package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reviewer rv7: deleting all the words of a paragraph on the Write a letter page (each block has its own box) left a
 * blank gap in the PDF, a line and a paragraph's space where nothing is said. An emptied paragraph takes no room.
 */
class EmptiedParagraphTest {

    private static PdfLines.Line lineOf(LetterDocument.Builder letter, String text) throws IOException {
        PdfLines pdf = new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter.build()).pdf()));
        return pdf.lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not printed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void anEmptiedParagraphLeavesNoGap(String emptied) throws IOException {
        float without = lineOf(SampleLetters.simple().paragraph("The first paragraph.")
                .paragraph("The paragraph after it."), "The paragraph after it.").baselineFromTop();
        float with = lineOf(SampleLetters.simple().paragraph("The first paragraph.").paragraph(emptied)
                .paragraph("The paragraph after it."), "The paragraph after it.").baselineFromTop();
        assertEquals(without, with, 0.01f, "the emptied paragraph took room");
    }
}
