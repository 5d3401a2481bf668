package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.MissingFact;

/**
 * Every letter that says what the parent will do if the CMS does not act says the true next step for how far the
 * complaint has gone, as the records in a real data folder show it: the letters as the Letters page builds them,
 * read back from their PDFs. Sam Taylor is owed £210.50 on the 1st of each month from January 2026 under Direct Pay
 * (January paid); the letters are written on 22 Nov 2026.
 */
class LettersFollowTheComplaintStageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service 21",
            "Mail Handling Site A\nWolverhampton\nWV98 2BU");
    private static final Recipient ICE = new Recipient(Optional.empty(), "Independent Case Examiner",
            "PO Box 209\nBootle\nL20 7WA");

    /** The five letters that end with what the parent will do if the CMS does not act. */
    static Stream<String> endingWithAStep() {
        return Stream.of("missed-direct-pay", "confirm-call", "chase-reply", "enforcement-request", "collect-and-pay");
    }

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        MovedCase directPay = MovedCase.directPay(folder, TODAY);
        services = directPay.services();
        caseId = directPay.caseId();
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(210_50), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 1), "CMS calculation letter"));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 1, 1), Money.ofPence(210_50),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void sent(String subject, LocalDate on, Recipient to) {
        services.sentLetters.save(new SentLetter(0, caseId, on, Optional.of(on), to, subject, LetterKind.COMPLAINT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty()));
    }

    /** A CMS letter dated {@code dated} that came on {@code came}, as the parent summed it up. */
    private void received(LocalDate dated, LocalDate came, String summary) {
        services.receivedLetters.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, caseId, Optional.of(dated), came, "CMS", summary,
                Optional.empty(), Optional.empty())));
    }

    private void complained() {
        sent("Complaint to CMS", LocalDate.of(2026, 9, 23), CMS);
    }

    private void escalated() {
        complained();
        sent("Complaint review request to CMS", LocalDate.of(2026, 10, 23), CMS);
    }

    private void finalResponse() {
        escalated();
        received(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9), "Final response to my complaint");
    }

    private void toIce() {
        finalResponse();
        sent("Complaint to ICE", LocalDate.of(2026, 11, 16), ICE);
    }

    /**
     * The letter as the Letters page builds it from the records, with a call whose promise is not kept (the call
     * letter ends with a step only then) and, for a chasing letter, the letter of {@code chased} as the one chased.
     */
    private String letter(String key, LocalDate chased) throws Exception {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow()).toBuilder()
                .call(new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42), CallDirection.I_CALLED,
                        "Priya Shah", "Direct Pay", "PS4471", "I said payments were missed", "write to Jordan Reed",
                        LocalDate.of(2026, 12, 4), false))
                .earlierLetter(new EarlierLetter(chased, "A letter", chased.plusDays(1), "first class post", ""))
                // The step is said only when the parent chooses to say it (the Write a letter page's tick).
                .choices(uk.cml.letters.templates.LetterChoices.NONE.withSayComplaint(true))
                .build();
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        assertEquals(List.of(), template.missing(addressed), key);
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("complaint.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, key + "-" + chased + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private String letter(String key) throws Exception {
        return letter(key, LocalDate.of(2026, 11, 2));
    }

    private static void saysOnce(String text, String sentence) {
        assertEquals(1, text.split(java.util.regex.Pattern.quote(sentence), -1).length - 1, sentence + "\n" + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("no complaint: the letter says the parent will make one")
    void noComplaint(String key) throws Exception {
        String text = letter(key);
        saysOnce(text, "I will make a formal complaint");
        assertFalse(text.contains("my complaint"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("a complaint and a later letter adding to it: the complaint is quoted by the day it was made")
    void complaintPosted(String key) throws Exception {
        complained();
        sent("Complaint: more about the missed payments", LocalDate.of(2026, 11, 5), CMS);
        String text = letter(key);
        saysOnce(text, "I will add this to my complaint of 23 Sep 2026.");
        assertFalse(text.contains("I will make a formal complaint"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("a complaint and a review request: still the complaint of 23 September, not of 23 October")
    void complaintEscalated(String key) throws Exception {
        escalated();
        String text = letter(key);
        saysOnce(text, "I will add this to my complaint of 23 Sep 2026.");
        assertFalse(text.contains("23 Oct 2026"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("after the CMS's final response, the next step is the Independent Case Examiner")
    void afterTheFinalResponse(String key) throws Exception {
        finalResponse();
        String text = letter(key);
        saysOnce(text, "I will take my complaint of 23 Sep 2026 to the Independent Case Examiner and tell them "
                + "about this too.");
        assertFalse(text.contains("add this to my complaint"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("ICE's 6 months after the final response are over: a new complaint to the CMS")
    void afterIcesTimeLimit(String key) throws Exception {
        sent("Complaint to CMS", LocalDate.of(2026, 3, 2), CMS);
        received(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 11), "Final response");
        String text = letter(key);
        saysOnce(text, "I will make a new formal complaint");
        assertFalse(text.contains("Independent Case Examiner"), text);
        assertFalse(text.contains("add this to my complaint"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endingWithAStep")
    @DisplayName("once the complaint is with ICE, the letter says the parent will tell ICE")
    void withIce(String key) throws Exception {
        toIce();
        String text = letter(key);
        saysOnce(text, "I will add this to the complaint I sent to the Independent Case Examiner on 16 Nov "
                + "2026.");
        assertFalse(text.contains("my complaint of 16 November"), text);
    }

    @Test
    @DisplayName("chasing the complaint letters themselves: each goes to the step after it")
    void chasingComplaintLetters() throws Exception {
        complained();
        // Chasing letters dated Sun 22 Nov 2026, posted Mon 23rd (the first day Post Offices open), deemed delivered
        // Wed 25th: 10 working days end Wed 9 Dec (counted from the Sunday it was 8 Dec).
        assertTrue(letter("chase-reply", LocalDate.of(2026, 9, 23)).contains("If I have no reply by 9 Dec "
                + "2026, I will ask for my complaint to be reviewed by a senior manager."));
        sent("Complaint review request to CMS", LocalDate.of(2026, 10, 23), CMS);
        String review = letter("chase-reply", LocalDate.of(2026, 10, 23));
        assertTrue(review.contains("If I have no reply by 9 Dec 2026, I will add this to my complaint of 23 "
                + "Sep 2026."), review);
        received(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9), "Final response to my complaint");
        sent("Complaint to ICE", LocalDate.of(2026, 11, 16), ICE);
        String ice = letter("chase-reply", LocalDate.of(2026, 11, 16));
        assertTrue(ice.contains("If I have no reply by 9 Dec 2026, I will ask my MP for help."), ice);
    }

    @Test
    @DisplayName("the letter to the other parent says when the parent complained, not each letter after it")
    void otherParentNamesTheComplaint() throws Exception {
        toIce();
        String text = letter("other-parent");
        assertTrue(text.contains("complained to it on 23 Sep 2026."), text);
        assertFalse(text.contains("16 Nov 2026"), text);
    }

    /** The notes the writer shows the parent beside a complaint letter about where the complaint stands (not copies). */
    private List<String> notes(String key) {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        return template.draft(facts).warnings().stream().map(w -> w.message())
                .filter(m -> m.startsWith("Your records") && !m.contains("no copy")).toList();
    }

    private Optional<String> doesNotFit(String key) {
        return LetterTemplates.byKey(key).orElseThrow()
                .doesNotFit(LetterWiring.facts(services, services.cases.find(caseId).orElseThrow()));
    }

    @Test
    @DisplayName("the ICE letter takes the final response's date from the records, never a gap to fill in")
    void iceLetterDatesTheLoggedFinalResponse() {
        finalResponse();
        LetterTemplate ice = LetterTemplates.byKey("ice-complaint").orElseThrow();
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        assertTrue(ice.missing(facts).stream().map(MissingFact::field)
                .noneMatch("the date of the CMS final response"::equals), "the records hold it");
        String text = ice.draft(facts).body().toString().replaceAll("\\s+", " ");
        assertTrue(text.contains("the CMS sent me its final response on 6 Nov 2026"), text);
        assertTrue(text.contains("Those 6 months end on 6 May 2027."), text);
    }

    @Test
    @DisplayName("the complaint letters themselves note when the records say they are not the next step")
    void complaintLettersNoteTheStage() {
        for (String key : List.of("collection-complaint", "senior-review", "ice-complaint")) {
            assertEquals(List.of(), notes(key), key);
        }
        escalated();
        assertEquals(List.of("Your records show your complaint of 23 Sep 2026 is still with the CMS. If this "
                + "letter is about the same problem, you can add to it instead of making a second complaint."),
                notes("collection-complaint"));
        assertEquals(List.of("Your records show you asked for a senior manager's review on 23 Oct 2026."),
                notes("senior-review"));
        assertEquals(List.of("Your records hold no final response from the CMS to your complaint of 23 Sep "
                + "2026. The Independent Case Examiner looks at a complaint only after it. When it comes, log it on the "
                + "Letters page as a reply to your letter and answer Yes to \"Does this letter say it is the CMS's "
                + "final response to your complaint?\"."), notes("ice-complaint"));
        received(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9), "Final response to my complaint");
        String next = "Your records show the CMS's final response to your complaint of 23 Sep 2026, dated 6 "
                + "Nov 2026. If this letter is about the same problem, the next step is the Independent Case "
                + "Examiner, by 6 May 2027.";
        assertEquals(List.of(next), notes("collection-complaint"));
        // A review comes before the final response: the letter no longer fits, and says where to go instead.
        assertEquals(Optional.of("Your records show the CMS's final response to your complaint of 23 Sep 2026, "
                + "dated 6 Nov 2026. A senior manager's review comes before the final response, not after it. The "
                + "next step is the Independent Case Examiner: choose \"" + LetterTemplates.ICE_COMPLAINT.title()
                + "\". If you have a new problem, make a new complaint first: choose \""
                + LetterTemplates.COLLECTION_COMPLAINT.title() + "\"."), doesNotFit("senior-review"));
        assertEquals(List.of(), notes("ice-complaint"));
        sent("Complaint to ICE", LocalDate.of(2026, 11, 16), ICE);
        String withIce = "Your records show you sent your complaint of 23 Sep 2026 to the Independent Case "
                + "Examiner on 16 Nov 2026.";
        assertEquals(List.of(withIce + " If this letter is about the same problem, write to ICE instead."),
                notes("collection-complaint"));
        assertEquals(List.of(withIce), notes("ice-complaint"));
        assertTrue(doesNotFit("senior-review").orElseThrow().startsWith("Your records show you sent your complaint "
                + "of 23 Sep 2026 to the Independent Case Examiner on 16 Nov 2026. If you have a new problem"));
    }

    @Test
    @DisplayName("a review request begun from the Write page quotes the complaint's date from the records")
    void reviewRequestQuotesTheLoggedComplaint() throws Exception {
        complained();
        LetterTemplate template = LetterTemplates.byKey("senior-review").orElseThrow();
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("to ask for my complaint of 23 Sep 2026 to be reviewed by a senior manager"),
                text);
        assertFalse(text.contains("[the date of your complaint]"), text);
    }

    /** The review request as the Write page begins it from the template, read back from its PDF, and its notes. */
    private String reviewRequest(String name, List<String> notes) throws Exception {
        LetterTemplate template = LetterTemplates.byKey("senior-review").orElseThrow();
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        template.draft(addressed).warnings().forEach(w -> notes.add(w.message()));
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("complaint.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "senior-review-" + name + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("no reply to the complaint logged: the review request says none came and when the target ended")
    void reviewRequestWithNoReplyLogged() throws Exception {
        complained();
        // An acknowledgement is no reply.
        received(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), "Acknowledgement of my complaint");
        List<String> notes = new java.util.ArrayList<>();
        String text = reviewRequest("no-reply", notes);
        // Posted first class on Wednesday 23 September: delivered Friday 25 September; 15 working days on is
        // Friday 16 October, the date the Where things stand page shows for the reply.
        assertEquals(Optional.of(LocalDate.of(2026, 10, 16)), services.standing.report(caseId, TODAY).complaint()
                .stage(uk.cml.domain.standing.ComplaintStage.Step.COMPLAINT).orElseThrow().replyDue());
        assertTrue(text.contains("to ask for my complaint of 23 Sep 2026 to be reviewed by a senior manager, "
                + "because I have had no reply to it."), text);
        assertTrue(text.contains("Why I am asking for a review I sent you my complaint on 23 Sep 2026. I have "
                + "had no reply to it. I understand you aim to reply to a complaint within 15 working days of "
                + "receiving it, and that time ended on 16 Oct 2026."), text);
        assertFalse(text.contains("your reply of"), text);
        assertFalse(text.contains("[the date of the CMS reply]"), text);
        assertFalse(text.contains("Why your reply does not settle"), text);
        assertEquals(List.of(), notes.stream().filter(n -> n.contains("reply")).toList());
    }

    @Test
    @DisplayName("no reply yet and the CMS's target still running: the letter says by when, the parent is told")
    void reviewRequestBeforeTheTargetEnds() throws Exception {
        // Posted first class on Monday 16 November: delivered Wednesday 18 November; 15 working days on is
        // Wednesday 9 December, after the letter's date of 22 November.
        sent("Complaint to CMS", LocalDate.of(2026, 11, 16), CMS);
        List<String> notes = new java.util.ArrayList<>();
        String text = reviewRequest("target-running", notes);
        assertTrue(text.contains("I have had no reply to it. I understand you aim to reply to a complaint within "
                + "15 working days of receiving it, which is by 9 Dec 2026."), text);
        assertFalse(text.contains("that time ended"), text);
        assertTrue(notes.contains("The CMS's target to reply to your complaint of 16 Nov 2026 runs to 9 "
                + "Dec 2026, so its reply is not late yet. You can wait for it before asking for a review."),
                notes.toString());
    }

    @Test
    @DisplayName("a reply logged: the review request quotes the date on it")
    void reviewRequestQuotesTheLoggedReply() throws Exception {
        complained();
        received(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 15), "Reply to my complaint");
        String text = reviewRequest("reply-logged", new java.util.ArrayList<>());
        assertTrue(text.contains("because your reply of 13 Oct 2026 does not settle it."), text);
        assertFalse(text.contains("no reply"), text);
    }

    @Test
    @DisplayName("two complaints: the review request and the page both follow the latest")
    void reviewRequestAndPageFollowTheLatestComplaint() throws Exception {
        sent("Complaint to CMS", LocalDate.of(2026, 3, 2), CMS);
        received(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23), "Reply to my complaint");
        received(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 11), "Final response");
        complained();
        String text = reviewRequest("two-complaints", new java.util.ArrayList<>());
        assertTrue(text.contains("to ask for my complaint of 23 Sep 2026 to be reviewed by a senior manager, "
                + "because I have had no reply to it."), text);
        assertFalse(text.contains("20 Mar 2026"), text);
        uk.cml.domain.standing.ComplaintThread page = services.standing.report(caseId, TODAY).complaint();
        assertEquals(Optional.of(LocalDate.of(2026, 9, 23)), page.stage(uk.cml.domain.standing.ComplaintStage.Step
                .COMPLAINT).orElseThrow().sent());
        assertEquals(Optional.empty(), page.stage(uk.cml.domain.standing.ComplaintStage.Step.CMS_REPLY).orElseThrow()
                .replyReceived(), "the old complaint's reply is not this one's");
    }
}
