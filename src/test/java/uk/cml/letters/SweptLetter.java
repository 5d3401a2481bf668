package uk.cml.letters;

import java.io.IOException;
import java.util.List;

/**
 * The letter the page-break sweeps render (LetterKeepTogetherTest, LetterWidowsTest): Sam Taylor's to the CMS with
 * filler paragraphs before the part under test, so that with more and more filler the page break falls at every point
 * through it; and its PDF, read back as lines.
 */
final class SweptLetter {

    private SweptLetter() {
    }

    /** The letter up to its salutation, then {@code paragraphs} filler paragraphs ("Filler 0.", "Filler 1.", ...). */
    static LetterDocument.Builder withFiller(int paragraphs) {
        LetterDocument.Builder letter = LetterDocument.builder()
                .sender(new Sender("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB")))
                .date(SampleLetters.DATE)
                .recipient("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ")
                .salutation("Dear Sir or Madam");
        for (int i = 0; i < paragraphs; i++) {
            letter.paragraph("Filler " + i + ".");
        }
        return letter;
    }

    /** The letter as the app renders it, read back from the PDF. */
    static PdfLines render(LetterDocument.Builder letter) throws IOException {
        return new PdfLines(new PdfReadBack(new LetterPdfRenderer().render(letter.build()).pdf()));
    }
}
