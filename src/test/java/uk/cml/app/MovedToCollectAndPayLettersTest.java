package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Child;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A Direct Pay case moved to Collect and Pay today (Sun 22 Nov 2026) on the Case page, in a real records file: £210.50
 * due on the 1st of each month from 1 Sep 2026, paid by bank transfer in September only. Every due the letters list
 * fell under Direct Pay, so they are described so, and every letter knows the case has moved, and on which day.
 */
class MovedToCollectAndPayLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        MovedCase moved = MovedCase.open(folder, TODAY, TODAY);
        services = moved.services();
        caseId = moved.caseId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theDirectPayReportSaysTheCaseMovedAndNoLongerAsksForTheMove() throws Exception {
        assertEquals("CMS Direct Pay until 21 Nov 2026, then CMS Collect and Pay from 22 Nov 2026",
                services.cases.arrangements(caseId).describe());
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertFalse(letter.contains("Consider moving my case to Collect and Pay"), letter);
        assertTrue(letter.contains("Take the next step to collect the arrears from Jordan Reed."), letter);
        assertTrue(letter.contains("You moved the case to Collect and Pay on 22 Nov 2026."), letter);
    }

    @Test
    void theRequestToMoveCannotBeMade() {
        assertEquals(Optional.of("Your case moved to Collect and Pay on 22 Nov 2026, so there is no move to ask "
                + "for. To ask the CMS to collect the arrears, choose \"Ask the CMS to enforce the arrears\"."),
                LetterTemplates.COLLECT_AND_PAY.doesNotFit(facts()));
    }

    @Test
    void theLetterToTheOtherParentDescribesTheDuesAsDirectPayAndSaysWhenTheCaseMoved() throws Exception {
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertFalse(letter.contains("through its Collect and Pay service"), letter);
        assertTrue(letter.contains("that the Child Maintenance Service worked out you should pay me through Direct "
                + "Pay, because some of it has not been paid. Our case moved from Direct Pay to Collect and Pay on "
                + "22 Nov 2026."), letter);
    }

    /**
     * Every payment owed was missed under Direct Pay, owed to the parent directly: the CMS collects it only once it
     * has taken it on, which the records do not show, so the letter never tells the other parent to pay it the CMS.
     */
    @Test
    void theLetterToTheOtherParentDoesNotSendTheDirectPayArrearsToTheCms() throws Exception {
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertFalse(letter.contains("Pay the Child Maintenance Service"), letter);
        // Dated Sun 22 Nov 2026, posted Mon 23rd, deemed delivered Wed 25th: 10 working days end Wed 9 Dec.
        assertTrue(letter.contains("1. Pay the £421.00 missed under Direct Pay, before our case moved to Collect and "
                + "Pay on 22 Nov 2026, by 9 Dec 2026. It was owed to me directly, so pay it to me, unless "
                + "the Child Maintenance Service has told you that it is collecting it: then pay it as the Child "
                + "Maintenance Service tells you. 2. If you cannot pay it all at once, contact me by 9 Dec 2026 "
                + "so we can agree a plan to pay it off as well as the regular payments, or contact the Child "
                + "Maintenance Service if it is collecting it."), letter);
    }

    @Test
    void theEnforcementRequestSaysAllTheArrearsWereMissedUnderDirectPay() throws Exception {
        String letter = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(letter.contains("All of it is from payments missed under Direct Pay, before our case moved "
                + "to Collect and Pay on 22 Nov 2026. You only know about missed Direct Pay payments if I tell "
                + "you, and my records do not show that I have, so I am telling you now."), letter);
    }

    @Test
    void theEnforcementRequestCountsTheMoveAsTried() throws Exception {
        String letter = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(letter.contains("What has been tried, as far as I know What you have done so far to collect the "
                + "arrears, as far as I know: • You moved the case to Collect and Pay on "
                + "22 Nov 2026."), letter);
    }

    private LetterFacts facts() {
        return LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
    }

    /** The letter as the Letters page builds it from these records, read back from its PDF, spaces flattened. */
    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = facts();
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
