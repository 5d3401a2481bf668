package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.Deadlines;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A reply to a CMS letter logged without the date printed on it never quotes the day it arrived as the letter's date
 * ("your letter of ..."), nor counts a time limit from it: the date is left for the parent to fill in from the letter.
 */
class UndatedCmsLetterReplyTest {

    private static final LocalDate ARRIVED = LocalDate.of(2026, 11, 16);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static ReceivedLetter undated(String summary) {
        return new ReceivedLetter(7, 1, Optional.empty(), ARRIVED, "CMS", summary, Optional.empty(), Optional.empty());
    }

    private static LetterFacts facts() {
        return LetterFacts.builder(new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB")),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                TODAY).recipient(new LetterFacts.Contact("Child Maintenance Service",
                        List.of("PO Box 249", "Mitcheldean", "GL17 1AJ")))
                .deadlines(new Deadlines(SeededFacts.calendar(), SeededFacts.published())).build();
    }

    private static String readBack(LetterStarts.Start start) throws IOException {
        LetterFacts facts = start.preset().apply(facts());
        byte[] pdf = new LetterPdfRenderer(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/London")))
                .render(start.template().document(facts)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("a write-off proposal logged without its date: the reply asks for the date, not the day it arrived")
    void writeOff() throws IOException {
        LetterStarts.Start start = LetterStarts.replyTo(undated("We propose to write off the arrears"),
                Optional.empty()).orElseThrow();
        assertEquals(LetterTemplates.WRITE_OFF_REPLY, start.template());
        String text = readBack(start);
        assertFalse(text.contains("16 November 2026"), text);
        assertTrue(text.contains("your letter of [the date of the CMS letter about writing off arrears]"), text);
        assertFalse(text.contains("within the 30 days"), "no limit counted from the wrong day: " + text);
    }

    @Test
    @DisplayName("a decision logged without its date: the reconsideration asks for the date on the decision letter")
    void decision() throws IOException {
        LetterStarts.Start start = LetterStarts.replyTo(undated("Decision: new calculation of maintenance"),
                Optional.empty()).orElseThrow();
        assertEquals(LetterTemplates.MANDATORY_RECONSIDERATION, start.template());
        String text = readBack(start);
        assertFalse(text.contains("16 November 2026"), text);
        assertTrue(text.contains("your decision of [the date on the decision letter]"), text);
    }
}
