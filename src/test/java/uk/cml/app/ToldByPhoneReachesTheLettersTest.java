package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.CmsReference;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.correspondence.StatedArrears;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A reviewer's hand-worked case (rv3), in a real records file, read on Sat 5 Dec 2026: Direct Pay, monthly on the
 * 31st, £210.00 then £185.50 from 31 Oct 2026. The 30 Sep payment came part and late (2 Oct), the 31 Oct one late (3
 * Nov, with £114.50 over); the 30 Nov one is missed: £181.00 owed, without a break only since 30 Nov. The parent told
 * the CMS of the missed payments by phone on Mon 2 Nov (answered Yes on the call); on 12 Nov Priya promised a call
 * back by 20 Nov, not kept; the CMS's letter of 2 Dec gave £291.00 as at 1 Dec; the missed-payments letter was posted
 * 2nd class on Sat 5 Dec (deemed delivered Thu 10 Dec). The complaint said "Since I first told you of the missed
 * payments, on 5 Dec 2026, ...", left out the call and the promise, and the letters of the same day left out the call
 * the Calls page said they would name. Each letter read back from its PDF.
 */
class ToldByPhoneReachesTheLettersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String PROMISE = "12 Nov 2026: when I phoned you, I understood from Priya that you would do "
            + "this by 20 Nov 2026: Call me back. My records do not show that it was done.";

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** The rv3 records; the 2 Nov call answered {@code told}, the missed-payments letter posted or not. */
    private void records(Optional<MissedPaymentsTold> told, boolean reportPosted) {
        services = AppServices.open(folder.resolve("data"),
                Clock.fixed(TODAY.atTime(10, 15).atZone(LONDON).toInstant(), LONDON));
        CaseFile file = new CaseFile(0, "Alex Morgan", Optional.empty(), WorkSituation.NOT_KNOWN,
                Arrangement.DIRECT_PAY, Optional.of(CmsReference.parse("1212 3456 7890").value()),
                List.of(new Child(0, "Mia", LocalDate.of(2016, 5, 1))), new BigDecimal("4"));
        caseId = services.cases.completeSetup(new MyDetails("Jo Taylor", new PostalAddress(List.of("12 Elm Road",
                "Leicester"), "LE2 3AB"), "", "", Optional.empty()), file);
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(210_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 7, 31), "CMS calculation letter dated 10 Jul 2026"));
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(185_50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 31), "CMS decision letter dated 20 Oct 2026"));
        pay(LocalDate.of(2026, 7, 31), 210_00, Optional.of(LocalDate.of(2026, 7, 31)));
        pay(LocalDate.of(2026, 9, 1), 210_00, Optional.of(LocalDate.of(2026, 8, 31)));
        pay(LocalDate.of(2026, 10, 2), 100_00, Optional.of(LocalDate.of(2026, 9, 30)));
        pay(LocalDate.of(2026, 11, 3), 300_00, Optional.empty());
        services.calls.save(new Call(0, caseId, LocalDateTime.of(2026, 11, 2, 10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Sam", "Direct Pay team", "", "Told them the 30 Sep payment was only 100 pounds",
                "", Optional.empty(), "They noted it.", Optional.empty(), false, false,
                LocalDateTime.of(2026, 11, 2, 11, 0), told));
        services.calls.save(new Call(0, caseId, LocalDateTime.of(2026, 11, 12, 14, 30), CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "", "", "Asked why the CMS has not contacted Alex", "call me back",
                Optional.of(LocalDate.of(2026, 11, 20)), "Waiting for a call back.", Optional.empty(), false, false,
                LocalDateTime.of(2026, 11, 12, 15, 0), Optional.of(MissedPaymentsTold.NO)));
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 12, 2)),
                LocalDate.of(2026, 12, 4), "Child Maintenance Service",
                "CMS says Alex owes arrears of 291.00 as at 1 Dec 2026.", Optional.empty(), Optional.empty()),
                Optional.of(new StatedArrears(Money.ofPence(291_00), LocalDate.of(2026, 12, 1))));
        if (reportPosted) {
            services.sentLetters.save(new SentLetter(0, caseId, TODAY, Optional.of(TODAY), new Recipient(
                    Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                    "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(),
                    Optional.of(PostingMethod.SECOND_CLASS), new ProofOfPostage(Optional.of(TODAY), "", "",
                            Optional.empty()), "", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    "Missed Direct Pay payments", ""));
        }
    }

    private void pay(LocalDate on, long pence, Optional<LocalDate> forDue) {
        services.payments.savePayment(caseId, new Payment(0, on, Money.ofPence(pence), PaymentMethod.NOT_SAID, "", "",
                forDue));
    }

    /** The letter as the Letters page builds it from these records, read back from its PDF, spaces flattened. */
    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("told.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "told-" + template.key() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /**
     * The 2 Nov call told the CMS of dues paid on 3 Nov; the arrears owed now began on 30 Nov and the CMS is told of
     * them only by the letter deemed delivered on 10 Dec. "Since I first told you ..., on 2 Nov 2026, I have had no
     * word ... of any enforcement action" would complain of no action over a time the parent's own records show
     * nothing owed: the sentence is left out (the call is still named under "What happened").
     */
    @Test
    void aCallAboutDuesSincePaidIsNoGroundForSayingNothingWasDone() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), true);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertFalse(complaint.contains("on 5 Dec 2026, I have had no word"), complaint);
        assertFalse(complaint.contains("Since I first told you"), complaint);
        assertTrue(complaint.contains("2 Nov 2026"), complaint);
    }

    /** Told only by the letter posted today: the CMS is not deemed to have it until Thu 10 Dec, so nothing is said. */
    @Test
    void aLetterNotYetDeemedDeliveredIsNoGroundForSayingNothingWasDone() throws Exception {
        records(Optional.of(MissedPaymentsTold.NO), true);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertFalse(complaint.contains("Since I first told you"), complaint);
        assertFalse(complaint.contains("on 5 Dec 2026, I have had no word"), complaint);
    }

    @Test
    void theComplaintSaysWhatWentWrongAndWhatHappenedInFull() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), true);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT);
        String wentWrong = complaint.substring(complaint.indexOf("What went wrong"));
        assertTrue(wentWrong.contains(PROMISE), complaint);
        String happened = complaint.substring(complaint.indexOf("What happened"), complaint.indexOf("What went wrong"));
        assertTrue(happened.contains("30 Sep 2026: £210.00 was due. Paid in full, late: £100.00 arrived 2 days late; "
                + "£110.00 of the £300.00 that arrived on 3 Nov 2026 counts towards it (34 days late)."), happened);
        assertTrue(happened.contains("31 Oct 2026: £185.50 was due. Arrived 3 Nov 2026, 1 day after Mon 2 Nov 2026."),
                happened);
        assertTrue(happened.contains("2 Nov 2026: I phoned you and told you of the missed payments."), happened);
        // Said once: the status already names what is still owed.
        assertTrue(happened.contains("30 Nov 2026: £185.50 was due. Nothing received; £4.50 paid over on 3 Nov 2026 "
                + "counts towards it; £181.00 still owed."), happened);
        assertFalse(happened.contains("Still owed on it: £181.00"), happened);
        assertTrue(happened.indexOf("30 Sep 2026:") < happened.indexOf("31 Oct 2026:")
                && happened.indexOf("31 Oct 2026:") < happened.indexOf("2 Nov 2026: I phoned")
                && happened.indexOf("2 Nov 2026: I phoned") < happened.indexOf("30 Nov 2026:"), happened);
    }

    /** The complaint has no table: its rule for the money names where the words it explains are. */
    @Test
    void theComplaintDoesNotSpeakOfATableItHasNot() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), true);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertFalse(complaint.contains("the table says"), complaint);
        assertTrue(complaint.contains("its line under \"What happened\" says \"Nothing received\" and names "
                + "that money."), complaint);
        // The missed-payments letter has its table, and says so.
        assertTrue(letter(LetterTemplates.MISSED_DIRECT_PAY).contains("the table says \"Nothing received\""));
    }

    @Test
    void theMissedPaymentsLetterSaysTheCmsWasToldByPhone() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), false);
        String missed = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertFalse(missed.contains("You will only know about this if I tell you"), missed);
        assertTrue(missed.contains("I am writing to tell you again that I have not received all the child maintenance "
                + "due from Alex Morgan under Direct Pay. I told you by phone on 2 Nov 2026."), missed);
    }

    @Test
    void theEnforcementRequestListsTheCallAndThePromise() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), true);
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(request.contains("What I have told you about the missed payments, and the letters I have had from "
                + "you, as my records show: \u2022 2 Nov 2026: I phoned you and told you of the missed payments."),
                request);
        assertTrue(request.contains(PROMISE), request);
    }

    /**
     * Told only of payments since cleared (the 2 Nov call), with the 30 Nov miss never reported: the request to enforce
     * still names the missed payments in its tables, as the CMS knows of them only when told.
     */
    @Test
    void anEarlierCallDoesNotStandForAReportOfTheArrearsOwedNow() throws Exception {
        records(Optional.of(MissedPaymentsTold.YES), false);
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(request.contains("Payments due"), request);
        assertTrue(request.contains("2 Nov 2026: I phoned you and told you of the missed payments."), request);
    }
}
