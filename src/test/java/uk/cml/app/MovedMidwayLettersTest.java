package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CmsReports;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.RecipientRole;

/**
 * A Direct Pay case moved to Collect and Pay on Thu 15 Oct 2026, in a real records file, read on Sun 22 Nov 2026:
 * £210.50 due on the 1st of each month from 1 Sep 2026, paid in September only. The 1 October payment was missed under
 * Direct Pay, owed to the parent directly; the 1 November one under Collect and Pay, collected by the CMS. Nothing in
 * the records says the CMS has taken on the Direct Pay arrears, or has been told of them.
 */
class MovedMidwayLettersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MOVED = LocalDate.of(2026, 10, 15);

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

    @Test
    void theLetterToTheOtherParentSaysWhatHasNotReachedMeSinceTheMoveAndAsksForItOnlyIfNotPaid() throws Exception {
        assertEquals("CMS Direct Pay until 14 Oct 2026, then CMS Collect and Pay from 15 Oct 2026",
                services.cases.arrangements(caseId).describe());
        String letter = letter(LetterTemplates.OTHER_PARENT);
        String by = replyBy(letter);
        assertFalse(letter.contains("anything you have not paid it since"), letter);
        // Since the move the money goes through the CMS: the parent knows only what has not reached them, not what
        // Jordan paid the CMS or had taken from their pay, so it is asked for only if it has not been paid.
        assertFalse(letter.contains("Pay the Child Maintenance Service"), letter);
        assertTrue(letter.contains("1. By my records, £210.50 of the maintenance due since our case moved to Collect "
                + "and Pay on 15 Oct 2026 has not reached me through the Child Maintenance Service; after the Collect "
                + "and Pay fee, about £202.08 of it should have reached me and has not. If you have paid it to the "
                + "Child Maintenance Service, or it was taken from your pay, you need not pay it again. If not, "
                + "please pay it to the Child Maintenance Service by " + by + ". 2."), letter);
        assertTrue(letter.contains("Pay the £210.50 missed under Direct Pay, before the move, by " + by + ". It was "
                + "owed to me directly, so pay it to me, unless the Child Maintenance Service has told you that it is "
                + "collecting it: then pay it as the Child Maintenance Service tells you."), letter);
        assertTrue(letter.contains("If you cannot pay it all at once, contact the Child Maintenance Service by " + by
                + " to agree how you will pay it off as well as the regular payments. If it is not collecting the "
                + "Direct Pay arrears, contact me by then about those, so we can agree a plan."), letter);
    }

    /** A write-off is of the arrears: it lowers what is owed from before the move, never what is owed since. */
    @Test
    void aWriteOffLowersTheDirectPayPartNotWhatFellDueSince() throws Exception {
        services.payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 10),
                AdjustmentKind.WRITE_OFF, Money.ofPence(100_00), "CMS letter"));
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertTrue(letter.contains("By my records, £210.50 of the maintenance due since our case moved to Collect "
                + "and Pay on 15 Oct 2026 has not reached me through the Child Maintenance Service; after the Collect "
                + "and Pay fee, about £202.08 of it should have reached me and has not."), letter);
        assertTrue(letter.contains("Pay the £110.50 missed under Direct Pay, before the move,"), letter);
    }

    /**
     * Money the CMS passed on since the move (after its 4% fee) pays the payments due since first: nothing since is
     * owed, so the letter asks only for the Direct Pay arrears, and not of the CMS.
     */
    @Test
    void moneyPassedOnSinceTheMoveLeavesOnlyTheDirectPayArrears() throws Exception {
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 2), Money.ofPence(202_08),
                PaymentMethod.THROUGH_CMS, "", ""));
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertFalse(letter.contains("Pay the Child Maintenance Service"), letter);
        assertTrue(letter.contains("1. Pay the £210.50 missed under Direct Pay, before our case moved to Collect and "
                + "Pay on 15 Oct 2026, by "), letter);
    }

    /**
     * When the records show the missed Direct Pay payments were reported, the request says so, and does not tell the
     * CMS again or ask it to record them; it still asks whether the CMS is collecting them.
     */
    @Test
    void aReportedDirectPayPartIsSaidAsReported() throws Exception {
        LetterFacts reported = facts().toBuilder().reports(new CmsReports(List.of(LocalDate.of(2026, 10, 5)),
                List.of(), ComplaintPosition.NONE, Optional.empty())).build();
        String request = read(LetterTemplates.ENFORCEMENT_REQUEST, reported);
        assertTrue(request.contains("Of this, £210.50 is from payments missed under Direct Pay, before our case moved "
                + "to Collect and Pay on 15 Oct 2026; the rest fell due since then. I wrote to you about the "
                + "missed payments on 5 Oct 2026."), request);
        assertFalse(request.contains("so I am telling you now"), request);
        assertFalse(request.contains("Record on my case"), request);
        assertTrue(request.contains("and whether you are collecting the £210.50 missed under Direct Pay."), request);
    }

    /** The CMS cannot collect the arrears of a private arrangement (seed 000): those are asked for, to be paid to me. */
    @Test
    void arrearsOfAPrivateArrangementBeforeTheMoveAreNeverSentToTheCms() throws Exception {
        LetterFacts facts = facts();
        LetterFacts moved = facts.toBuilder().caseDetails(facts.caseDetails().withArrangements(
                ArrangementHistory.since(Arrangement.PRIVATE).movedOn(MOVED, Arrangement.COLLECT_AND_PAY))).build();
        String letter = read(LetterTemplates.OTHER_PARENT, moved);
        String by = replyBy(letter);
        assertTrue(letter.contains("Pay me the £210.50 missed under our private arrangement, before the move, by " + by
                + ". It was owed to me directly, and the Child Maintenance Service cannot collect it."), letter);
        assertTrue(letter.contains("About the arrears of our private arrangement, contact me by then, so we can agree "
                + "a plan."), letter);
        String request = read(LetterTemplates.ENFORCEMENT_REQUEST, moved);
        assertTrue(request.contains("I am also owed £210.50 from payments missed under our private arrangement, "
                + "before our case moved to Collect and Pay. I know you cannot collect arrears of a private "
                + "arrangement, so I do not ask you to."), request);
        assertFalse(request.contains("£421.00"), request);
    }

    /**
     * The missed payments buttons open the letter for how the case is arranged today: on Collect and Pay the CMS
     * collects, so the enforcement request, to CMS 21 (the collection address). It covers the Direct Pay part apart:
     * the CMS knows of it only if told, and the records show no report, so the letter tells it and asks whether it
     * is collecting that part.
     */
    @Test
    void theMissedPaymentsButtonOpensTheEnforcementRequestWhichSaysTheDirectPayPartApart() throws Exception {
        LetterTemplate chosen = LetterTemplates.forMissedPayments(services.cases.find(caseId).orElseThrow()
                .arrangement());
        assertEquals(LetterTemplates.ENFORCEMENT_REQUEST, chosen);
        assertEquals(Optional.empty(), chosen.doesNotFit(facts()));
        assertEquals(RecipientRole.CMS_COLLECTION, chosen.recipientRole(facts()));
        String letter = letter(chosen);
        String by = replyBy(letter);
        // On Collect and Pay the records show what reached the parent, not what Jordan paid the CMS.
        assertTrue(letter.contains("By my records, £421.00 of the maintenance due was outstanding on 22 Nov 2026; "
                + "after your Collect and Pay fee, about £404.16 of it should have reached me and had not."), letter);
        assertTrue(letter.contains("So I do not know whether the £210.50 that fell due since the move was not "
                + "collected from Jordan Reed, or was collected and not passed on to me."), letter);
        assertTrue(letter.contains("Of this, £210.50 is from payments missed under Direct Pay, before our case "
                + "moved to Collect and Pay on 15 Oct 2026; the rest fell due since then. You only know about "
                + "missed Direct Pay payments if I tell you, and my records do not show that I have, so I am telling "
                + "you now."), letter);
        assertTrue(letter.contains("Record on my case the £210.50 missed under Direct Pay, and ask Jordan Reed for "
                + "proof of any payment they say they made."), letter);
        assertTrue(letter.contains("Tell me in writing by " + by + " what you find and, if it was not collected, "
                + "which step you will take, and when, and whether you are collecting the £210.50 missed under Direct "
                + "Pay."), letter);
    }

    static String replyBy(String letter) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("by (\\d{1,2} [A-Z][a-z]+ 2026)").matcher(letter);
        assertTrue(m.find(), letter);
        return m.group(1);
    }

    private LetterFacts facts() {
        return LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
    }

    /** The letter as the Letters page builds it from these records, read back from its PDF, spaces flattened. */
    private String letter(LetterTemplate template) throws Exception {
        return read(template, facts());
    }

    private String read(LetterTemplate template, LetterFacts facts) throws Exception {
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("moved.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "midway-" + template.key() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
