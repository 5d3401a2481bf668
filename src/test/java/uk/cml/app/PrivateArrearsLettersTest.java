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
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The CMS cannot collect or enforce the arrears of a private arrangement (seed 000), so the enforcement request never
 * asks it to. The records of {@link MovedCase} (£210.50 due on the 1st of each month from 1 Sep 2026, paid in
 * September only, read on Sun 22 Nov 2026), with the case a private arrangement until it moved to Collect and Pay on
 * Thu 15 Oct 2026: the 1 October payment was missed under the private arrangement, the 1 November one under Collect
 * and Pay.
 */
class PrivateArrearsLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MOVED = LocalDate.of(2026, 10, 15);
    private static final ArrangementHistory PRIVATE_THEN_COLLECTED = ArrangementHistory.since(Arrangement.PRIVATE)
            .movedOn(MOVED, Arrangement.COLLECT_AND_PAY);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        MovedCase moved = MovedCase.open(folder, TODAY, MOVED);
        services = moved.services();
        caseId = moved.caseId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /**
     * The CMS passed on the November payment (£202.08 after its 4% fee): all that is owed, £210.50, was missed under
     * the private arrangement. The request does not fit, says why and what to write instead, and names no amount.
     */
    @Test
    void onlyPrivateArrearsOwedTheEnforcementRequestDoesNotFitAndAsksForNothing() throws Exception {
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 2), Money.ofPence(202_08),
                PaymentMethod.THROUGH_CMS, "", ""));
        LetterFacts facts = withHistory(PRIVATE_THEN_COLLECTED);
        assertEquals(Optional.of("All of the £210.50 owed is from payments missed under your private arrangement, "
                + "before your case moved to Collect and Pay on 15 Oct 2026. The CMS cannot collect or enforce "
                + "arrears of a private arrangement, so there is nothing to ask it to enforce. To ask the other parent "
                + "to pay, choose \"Write to the other parent about missed payments\"."),
                LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts));
        String request = read(LetterTemplates.ENFORCEMENT_REQUEST, facts);
        assertFalse(request.contains("which by my records were £"), request);
        assertTrue(request.contains("I know you cannot collect arrears of a private arrangement, so I do not ask you "
                + "to."), request);
        assertEquals(Optional.empty(), LetterTemplates.OTHER_PARENT.doesNotFit(facts));
    }

    /** Private arrears and arrears since the move: the request asks only for what fell due since, and fits. */
    @Test
    void privateAndCollectedArrearsTheRequestAsksOnlyForWhatFellDueSinceTheMove() throws Exception {
        LetterFacts facts = withHistory(PRIVATE_THEN_COLLECTED);
        assertEquals(Optional.empty(), LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts));
        String request = read(LetterTemplates.ENFORCEMENT_REQUEST, facts);
        // On Collect and Pay: what has not reached the parent, not what Jordan owes (the CMS may hold it).
        assertTrue(request.contains("to ask you to collect the child maintenance that has not reached me. By my "
                + "records, £210.50 of the maintenance due was outstanding on 22 Nov 2026, all from payments due since "
                + "our case moved to Collect and Pay on 15 Oct 2026; after your Collect and Pay fee, about £202.08 of "
                + "it should have reached me and had not."), request);
        assertTrue(request.contains("I am also owed £210.50 from payments missed under our private arrangement, "
                + "before our case moved to Collect and Pay. I know you cannot collect arrears of a private "
                + "arrangement, so I do not ask you to."), request);
        assertFalse(request.contains("£421.00"), request);
        assertFalse(request.contains("owed without a break since 1 October"), request);
    }

    /** A case that has only ever been a private arrangement has nothing the CMS can enforce. */
    @Test
    void aPrivateArrangementHasNothingToEnforce() {
        LetterFacts facts = withHistory(ArrangementHistory.since(Arrangement.PRIVATE));
        assertTrue(LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts).orElseThrow().startsWith("Your case is "
                + "recorded as a private arrangement, and the CMS cannot collect or enforce the arrears of a private "
                + "arrangement."));
    }

    /** Moved from Direct Pay: those arrears are the CMS's to collect once told, so the request fits. */
    @Test
    void directPayArrearsAloneStillFit() throws Exception {
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 2), Money.ofPence(202_08),
                PaymentMethod.THROUGH_CMS, "", ""));
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        assertEquals(Optional.empty(), LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts));
    }

    private LetterFacts withHistory(ArrangementHistory history) {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        return facts.toBuilder().caseDetails(facts.caseDetails().withArrangements(history)).build();
    }

    /** The letter as the Letters page builds it from these facts, read back from its PDF, spaces flattened. */
    private String read(LetterTemplate template, LetterFacts facts) throws Exception {
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("moved.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "private-" + template.key() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
