package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.BODY_SIZE;
import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dates, amounts, the CMS reference, postcodes and phone numbers are never split over two lines of a letter: each
 * paragraph here is built so the line would fill up exactly at a space inside one of them, then read back with PDFBox.
 */
@DisplayName("A date, amount or reference is never split across lines")
class LetterUnbrokenWordsTest {

    private static final List<String> FILLER = List.of("the", "payment", "was", "late", "again", "and", "nothing",
            "happened", "after", "my", "call");

    /** What a reader needs whole on one line, each with at least one space inside. */
    private static final List<String> UNBROKEN = List.of("18 Nov 2026", "Wed 16 Dec 2026", "22 November 2026",
            "1212 3456 7890", "GL17 1AJ", "0800 171 2345", "AB 12 34 56 C", "Nov 2026");

    /**
     * Words before {@code token} such that the line is full after the part of {@code token} before its
     * {@code space}-th space: a wrapper that only knows ordinary spaces breaks the line there.
     */
    private static String fillerBreakingAt(MeasuredFont font, String token, int space) {
        String[] parts = token.split(" ");
        String head = String.join(" ", List.of(parts).subList(0, space));
        String withNext = head + " " + parts[space];
        for (int words = 1; words < 60; words++) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < words; i++) {
                prefix.append(FILLER.get(i % FILLER.size())).append(' ');
            }
            for (int extra = 1; extra < 25; extra++) {
                String candidate = prefix + "x".repeat(extra) + " ";
                if (font.width(candidate + head, BODY_SIZE) <= CONTENT_WIDTH
                        && font.width(candidate + withNext, BODY_SIZE) > CONTENT_WIDTH) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no filler breaks at space " + space + " of " + token);
    }

    @Test
    @DisplayName("each token stays on one line where the line would have broken inside it, and reads back with plain spaces")
    void tokensStayWhole() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            MeasuredFont font = new FontSet(document).regular();
            for (String token : UNBROKEN) {
                for (int space = 1; space < token.split(" ").length; space++) {
                    paragraphs.add(fillerBreakingAt(font, token, space) + token + " was the date.");
                }
            }
        }
        LetterDocument.Builder letter = LetterDocument.builder()
                .sender(new Sender("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB")))
                .date(SampleLetters.DATE)
                .recipient("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ")
                .salutation("Dear Sir or Madam");
        paragraphs.forEach(letter::paragraph);
        PdfReadBack pdf = new PdfReadBack(new LetterPdfRenderer().render(letter.signOff("Yours faithfully")
                .signerName("Sam Taylor").build()).pdf());
        PdfLines lines = new PdfLines(pdf);
        for (String paragraph : paragraphs) {
            String token = paragraph.substring(0, paragraph.indexOf(" was the date.")).replaceFirst("^.* x+ ", "");
            String before = paragraph.substring(0, paragraph.indexOf(token)).strip();
            String lastWord = before.substring(before.lastIndexOf(' ') + 1);
            assertTrue(lines.lines.stream().anyMatch(l -> l.text().startsWith(token + " was the date.")),
                    "\"" + token + "\" whole at the start of the next line after \"" + lastWord + "\": "
                            + lines.lines.stream().map(PdfLines.Line::text).toList());
        }
        String text = pdf.allText();
        assertFalse(text.contains("\u00A0"), "a parent copying the text gets ordinary spaces");
        assertTrue(text.contains("18 Nov 2026 was the date."), text);
    }

    @Test
    @DisplayName("a no-break space typed into a letter joins its words and prints as an ordinary space")
    void noBreakSpaceJoins() throws IOException {
        try (PDDocument document = new PDDocument()) {
            MeasuredFont font = new FontSet(document).regular();
            String joined = "Flat 3";
            String filler = fillerBreakingAt(font, joined, 1);
            TextWrapper wrapper = new TextWrapper(font, BODY_SIZE, CONTENT_WIDTH);
            List<String> wrapped = wrapper.wrap(filler + "Flat\u00A03 again");
            assertEquals(2, wrapped.size(), wrapped.toString());
            assertTrue(wrapped.get(1).startsWith("Flat 3 again"), wrapped.toString());
            assertFalse(String.join("", wrapped).contains("\u00A0"), wrapped.toString());
        }
    }
}
