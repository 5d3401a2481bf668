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
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The mirror of {@link MovedMidwayLettersTest}: a Collect and Pay case moved back to Direct Pay on Thu 15 Oct 2026, in
 * a real records file read on Sun 22 Nov 2026 ({@link MovedCase}: £210.50 due on the 1st of each month from 1 Sep
 * 2026; September's reached the parent). The 1 October payment fell due under Collect and Pay, which the CMS was
 * collecting; the 1 November one under Direct Pay, owed to the parent directly.
 */
class MovedBackToDirectPayLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MOVED = LocalDate.of(2026, 10, 15);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        MovedCase moved = MovedCase.open(folder, TODAY, MOVED, Arrangement.COLLECT_AND_PAY, Arrangement.DIRECT_PAY);
        services = moved.services();
        caseId = moved.caseId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theLetterToTheOtherParentAsksThemToPayMeOnlyWhatFellDueSinceTheMove() throws Exception {
        assertEquals("CMS Collect and Pay until 14 Oct 2026, then CMS Direct Pay from 15 Oct 2026",
                services.cases.arrangements(caseId).describe());
        String letter = letter(LetterTemplates.OTHER_PARENT);
        String by = MovedMidwayLettersTest.replyBy(letter);
        assertFalse(letter.contains("Pay what you owe by"), letter);
        assertTrue(letter.contains("Pay me what you owe since our case moved back to Direct Pay on 15 Oct 2026, "
                + "by " + by + ": by my records, £210.50 of what fell due since then has not been paid."), letter);
        // £210.50 of 1 Oct's due under Collect and Pay at 4% (£8.42): £202.08 would have reached me. Jordan paid the
        // CMS, not me: what has not reached me is asked for only if not paid, in the words of a move to Collect and
        // Pay (OtherParentLetter.afterMove), never "if you have not paid it" without "you need not pay it again".
        assertTrue(letter.contains("2. By my records, £210.50 of the maintenance due under Collect and Pay, before the "
                + "move, has not reached me through the Child Maintenance Service; after the Collect and Pay fee, "
                + "about £202.08 of it should have reached me and has not. If you have paid it to the Child "
                + "Maintenance Service, or it was taken from your pay, you need not pay it again. If not, please pay "
                + "it to the Child Maintenance Service by " + by + ". 3."), letter);
    }

    /**
     * The annex's totals span both arrangements: what has not reached me (Direct Pay's unpaid, Collect and Pay's not
     * passed on), and what reached me, never "£421.00 is owed ... £210.50 was paid": under Collect and Pay Jordan
     * paid the CMS, not me. Not "through the Child Maintenance Service": part fell due under Direct Pay.
     */
    @Test
    void theAnnexSaysWhatHasNotReachedMe() throws Exception {
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertFalse(letter.contains("is owed"), letter);
        assertFalse(letter.contains("£210.50 was paid"), letter);
        assertTrue(letter.contains("By my records: £421.00 of the maintenance due has not reached me. Since 1 Sep 2026, "
                + "£631.50 fell due and £210.50 reached me, so what had not reached me went from £0.00 to £421.00. "
                + "What reached me has been short without a break since the payment due on 1 Oct 2026."), letter);
    }

    /** What fell due under Collect and Pay the CMS collected: the report tells it only of the rest. */
    @Test
    void theDirectPayReportSaysTheCollectedPartApart() throws Exception {
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(letter.contains("Of what is owed, £210.50 fell due under Collect and Pay, before our case moved back to "
                + "Direct Pay on 15 Oct 2026: you were collecting it, so you know of it already. What I am "
                + "telling you about is the rest, £210.50, which fell due under Direct Pay since then."), letter);
    }

    /** November paid in full: all that is owed fell due under Collect and Pay, so nothing is news to the CMS. */
    @Test
    void onlyCollectedArrearsTheDirectPayReportDoesNotFitAndTheOtherParentIsSentToTheCms() throws Exception {
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 1), Money.ofPence(210_50),
                PaymentMethod.BANK_TRANSFER, "", ""));
        assertEquals(Optional.of("All of the £210.50 owed fell due under Collect and Pay, before your case moved back to "
                + "Direct Pay on 15 Oct 2026. The CMS was collecting it, so it knows of it already. To ask it to "
                + "collect the arrears, choose \"Ask the CMS to enforce the arrears\"."),
                LetterTemplates.MISSED_DIRECT_PAY.doesNotFit(facts()));
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertFalse(letter.contains("Pay me"), letter);
        assertTrue(letter.contains("1. By my records, £210.50 of the maintenance due under Collect and Pay, before our "
                + "case moved back to Direct Pay on 15 Oct 2026, has not reached me through the Child Maintenance "
                + "Service; after the Collect and Pay fee, about £202.08 of it should have reached me and has not. If "
                + "you have paid it to the Child Maintenance Service, or it was taken from your pay, you need not pay "
                + "it again."), letter);
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
        String out = System.getProperty("moved.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "back-" + template.key() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
