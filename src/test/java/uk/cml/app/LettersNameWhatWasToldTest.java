package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The reviewer's hand-worked case: a call reporting the missed payments, a letter following it up posted two days
 * later with a certificate of posting, and a CMS letter back. The letters about the missed payments name what the
 * parent told the CMS and when, with the posted letter and its proof (the strongest proof the CMS was told), and
 * what the CMS wrote, by the parent's own note of it; the complaint's "What happened" is drafted from those records.
 * The sample case on real SQLite in a temp folder, its calls and letters replaced; each letter read back from its PDF.
 */
class LettersNameWhatWasToldTest {

    static final LocalDate CALLED = LocalDate.of(2026, 11, 10);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 12);
    static final LocalDate CMS_DATED = LocalDate.of(2026, 11, 17);
    static final LocalDate CMS_CAME = LocalDate.of(2026, 11, 20);

    @TempDir
    Path data;
    @TempDir
    Path files;
    AppServices services;
    CaseFile caseFile;
    /** The call reporting the missed payments (answered Yes), which the follow-up letter names. */
    long reportingCall;

    @BeforeEach
    void open() {
        services = AppServices.open(data, LetterWiringTest.CLOCK);
        new SampleData(services, 1, 0).fill();
        caseFile = services.cases.cases().get(0);
        services.standing.enforcement(caseFile.id()).stream().map(EnforcementRecord::id)
                .forEach(services.standing::untick);
        services.calls.calls(caseFile.id()).stream().map(Call::id).forEach(services.calls::moveToBin);
        services.receivedLetters.letters(caseFile.id()).stream().map(ReceivedLetter::id)
                .forEach(services.receivedLetters::moveToBin);
        services.sentLetters.letters(caseFile.id()).stream().map(SentLetter::id)
                .forEach(services.sentLetters::moveToBin);
        reportingCall = services.calls.add(new Call(0, caseFile.id(), CALLED.atTime(10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "Direct Pay", "", "I reported the missed payments.",
                "To log the arrears", Optional.of(LocalDate.of(2026, 11, 24)), "Missed payments reported",
                Optional.empty(), false, false, null)
                .withToldMissedPayments(Optional.of(uk.cml.domain.evidence.MissedPaymentsTold.YES)));
    }

    /** A date as the letters print it, as the screen shows it. */
    static String d(LocalDate day) {
        return UkFormats.shortDate(day);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The follow-up letter, logged by hand and linked to the call reporting the missed payments. */
    private void postFollowUp(ProofOfPostage proof) {
        postFollowUp(proof, Optional.of(reportingCall));
    }

    /** The follow-up letter, logged by hand, naming {@code follows} as the call it follows up (or none). */
    private void postFollowUp(ProofOfPostage proof, Optional<Long> follows) {
        services.sentLetters.save(new SentLetter(0, caseFile.id(), POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Confirming my call of 10 Nov 2026 about missed payments", LetterKind.FOLLOW_UP_TO_CALL,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), proof, "", Optional.empty(),
                Optional.empty()).confirming(follows));
    }

    private static ProofOfPostage certificate() {
        return new ProofOfPostage(Optional.of(POSTED), "Gloucester Post Office", "COP-4471", Optional.empty());
    }

    private void cmsReplied() {
        services.receivedLetters.save(new ReceivedLetter(0, caseFile.id(), Optional.of(CMS_DATED), CMS_CAME,
                "Child Maintenance Service", "CMS has noted the arrears I reported and has asked Jordan for proof "
                + "of payment", Optional.empty(), Optional.empty()));
    }

    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        Path pdf = files.resolve(template.key() + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(facts)).pdf());
        return PrintedText.of(pdf).replaceAll("\\s+", " ");
    }

    @Test
    @DisplayName("the missed-payments letter names the follow-up letter, its posting day and its certificate")
    void missedLetterNamesThePostedLetter() throws Exception {
        postFollowUp(certificate());
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(text.contains("I told you by phone on " + d(CALLED) + " and wrote to you about the missed "
                + "payments in my letter posted on " + d(POSTED) + " (following up my call of " + d(CALLED)
                + "; I have its certificate of posting)."), text);
    }

    @Test
    @DisplayName("no certificate recorded: the letter is named, and no certificate is claimed")
    void noCertificateNoClaim() throws Exception {
        postFollowUp(ProofOfPostage.NONE);
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(text.contains("in my letter posted on " + d(POSTED) + " (following up my call of " + d(CALLED)
                + ")."), text);
        assertFalse(text.contains("certificate"), text);
    }

    @Test
    @DisplayName("a follow-up naming no call is not named as a report, nor as following up any call: the app does "
            + "not guess which call it followed up; the call answered Yes is still named from the call itself")
    void unlinkedFollowUpIsNotGuessed() throws Exception {
        postFollowUp(certificate(), Optional.empty());
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(text.contains("I told you by phone on " + d(CALLED) + "."), text);
        assertFalse(text.contains("following up my call"), text);
        assertFalse(text.contains("posted on " + d(POSTED)), text);
        String enforcement = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(enforcement.contains("following up my call"), enforcement);
        assertTrue(enforcement.contains(d(CALLED) + ": I phoned you and told you of the missed payments."),
                enforcement);
    }

    @Test
    @DisplayName("a follow-up to a call that reported nothing missed is not named as a report")
    void followUpOfAnotherCallIsNotAReport() throws Exception {
        long other = services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 11, 11, 9, 0),
                CallDirection.I_CALLED, "", "Tom", "", "", "I asked about the annual review.", "", Optional.empty(),
                "", Optional.empty(), false, false, null));
        postFollowUp(certificate(), Optional.of(other));
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(text.contains("I told you by phone on " + d(CALLED) + "."), text);
        assertFalse(text.contains("posted on " + d(POSTED)), text);
    }

    @Test
    @DisplayName("the enforcement request lists when the CMS was told and what it wrote back, dated")
    void enforcementSaysWhenTheCmsWasTold() throws Exception {
        postFollowUp(certificate());
        cmsReplied();
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        int tried = text.indexOf("What has been tried, as far as I know");
        assertTrue(tried > 0, text);
        String after = text.substring(tried);
        assertTrue(after.contains(d(CALLED) + ": I phoned you and told you of the missed payments."), after);
        assertTrue(after.contains(d(POSTED) + ": I posted my letter \u201cConfirming my call of 10 Nov 2026 about missed payments\u201d to you about the missed payments, following up my "
                + "call of " + d(CALLED) + ". I have its Post Office certificate of posting."), after);
        assertTrue(after.contains(d(CMS_DATED) + ": your letter, which reached me on " + d(CMS_CAME)
                + ". My note of it: "
                + "\u201cCMS has noted the arrears I reported and has asked Jordan for proof of payment.\u201d"), after);
        assertTrue(after.indexOf(d(CALLED) + ":") < after.indexOf(d(POSTED) + ":")
                && after.indexOf(d(POSTED) + ":") < after.indexOf(d(CMS_DATED) + ":"), "oldest first: " + after);
    }

    @Test
    @DisplayName("a CMS letter that brought a decision is named by its decision, not by the parent's own note of it")
    void decisionLetterNamedByItsDecision() throws Exception {
        postFollowUp(certificate());
        services.receivedLetters.save(new ReceivedLetter(0, caseFile.id(), Optional.of(CMS_DATED), CMS_CAME,
                "Child Maintenance Service", "Decision: amount changes to 38.50 a week", Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.of(uk.cml.domain.standing.Decision.Kind.CALCULATION));
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        String after = text.substring(text.indexOf("What has been tried, as far as I know"));
        assertTrue(after.contains(d(CMS_DATED) + ": your letter, which reached me on " + d(CMS_CAME)
                + ", with a calculation of maintenance."), after);
        assertFalse(after.contains("38.50"), "the parent's own shorthand is not sent: " + after);
    }

    /** The address book's entry a template is suggested to, for this case, by the role the template asks for. */
    private uk.cml.domain.addressbook.AddressBookEntry addressOf(LetterTemplate template, LetterFacts facts) {
        return template.recipientRole(facts).addressBookRole().flatMap(services.addressBook::byRole).orElseThrow();
    }

    @Test
    @DisplayName("each letter's default address is the seed's: too slow to enforce, or a complaint, to CMS 21 in "
            + "Wolverhampton, on Direct Pay too; news of missed Direct Pay payments to PO Box 249, Mitcheldean")
    void defaultAddressesFollowTheSeed() {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        assertEquals(uk.cml.domain.caseinfo.Arrangement.DIRECT_PAY, facts.arrangementToday());
        for (LetterTemplate template : java.util.List.of(LetterTemplates.ENFORCEMENT_REQUEST,
                LetterTemplates.COLLECTION_COMPLAINT, LetterTemplates.SENIOR_REVIEW)) {
            var entry = addressOf(template, facts);
            assertEquals("Child Maintenance Service 21", entry.name(), template.key());
            assertEquals("WV98 2BU", entry.postcode(), template.key());
        }
        var general = addressOf(LetterTemplates.MISSED_DIRECT_PAY, facts);
        assertEquals("GL17 1AJ", general.postcode());
    }

    @Test
    @DisplayName("the complaint's What happened is drafted from the calls and letters, and What went wrong is factual")
    void complaintDraftedFromRecords() throws Exception {
        postFollowUp(certificate());
        cmsReplied();
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        String text = letter(LetterTemplates.COLLECTION_COMPLAINT);
        int happened = text.indexOf("What happened");
        int wrong = text.indexOf("What went wrong");
        assertTrue(happened > 0 && wrong > happened, text);
        String section = text.substring(happened, wrong);
        assertFalse(section.contains("["), "no blank placeholder: " + section);
        assertTrue(section.contains(d(CALLED) + ": I phoned you and told you of the missed payments."), section);
        assertTrue(section.contains(d(POSTED) + ": I posted my letter \u201cConfirming my call of 10 Nov 2026 about missed payments\u201d"), section);
        assertTrue(section.contains(d(CMS_DATED) + ": your letter"), section);
        assertTrue(text.contains("Since I first told you of the missed payments, on " + d(CALLED) + ", I have had no word "
                + "from you of any enforcement action to collect the arrears."), text);
        assertTrue(LetterTemplates.COLLECTION_COMPLAINT.draft(facts).warnings().stream()
                .anyMatch(w -> w.message().contains("drafted from your records")), "the parent is told to check it");
    }
}
