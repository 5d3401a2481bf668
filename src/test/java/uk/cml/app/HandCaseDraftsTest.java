package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The reviewer's hand-worked case, as its letters were made through the page: two calls reporting the missed
 * payments, the first with a promise (a callback by a date now passed) not marked kept, the second with a promise
 * and no date; the letter confirming the second call and the report of the missed payments, both posted with their
 * certificates; then a complaint, whose "The effect on" the parent wrote in the letter itself, and a senior manager's
 * review of it. Every sentence drafted must come from the parent's own records. Real SQLite in a temp folder; each
 * letter read back from its PDF with PDFBox.
 */
class HandCaseDraftsTest {

    static final LocalDate FIRST_CALL = LocalDate.of(2026, 11, 10);
    static final LocalDate CALLBACK_BY = LocalDate.of(2026, 11, 12);
    static final LocalDate SECOND_CALL = LocalDate.of(2026, 11, 17);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 20);
    static final String EFFECT = "I am two months behind with the rent and could not buy a winter coat.";
    static final String PROMISE_LINE = "10 Nov 2026: when I phoned you, I understood from Sam (Direct Pay arrears "
            + "team) that you would do this by 12 Nov 2026: A caseworker would phone me back about the arrears. My "
            + "records do not show that it was done.";
    static final String CALL_LETTER_LINE = "20 Nov 2026: I posted my letter \u201cOur phone call on 17 Nov 2026\u201d"
            + " to you about the missed payments, following up my call of 17 Nov 2026. I have its Post Office "
            + "certificate of posting.";
    static final String REPORT_LINE = "20 Nov 2026: I posted my letter \u201cMissed Direct Pay payments\u201d to you "
            + "about the missed payments. I have its Post Office certificate of posting.";

    @TempDir
    Path data;
    @TempDir
    Path files;
    AppServices services;
    CaseFile caseFile;
    long secondCall;

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
        services.notes.effectOnChild(caseFile.id()).stream().map(Note::id).forEach(services.notes::moveToBin);
        services.calls.add(new Call(0, caseFile.id(), FIRST_CALL.atTime(10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Sam", "Direct Pay arrears", "", "I reported the missed payments. Sam said a "
                + "caseworker would call me back within 2 working days to discuss the arrears.",
                "A caseworker would phone me back about the arrears", Optional.of(CALLBACK_BY),
                "Nobody called back.", Optional.empty(), false, false, null)
                .withToldMissedPayments(Optional.of(uk.cml.domain.evidence.MissedPaymentsTold.YES)));
        secondCall = services.calls.add(new Call(0, caseFile.id(), SECOND_CALL.atTime(14, 5),
                CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team", "", "I chased the callback "
                + "promised on 10 Nov. Priya said the arrears were noted and the CMS would ask the other parent for "
                + "proof of payment.", "Ask the other parent for proof of payment", Optional.empty(),
                "Said they would write to the other parent.", Optional.empty(), false, false, null)
                .withToldMissedPayments(Optional.of(uk.cml.domain.evidence.MissedPaymentsTold.YES)));
        post("Our phone call on 17 Nov 2026", LetterKind.FOLLOW_UP_TO_CALL, Optional.of(secondCall), "CP-001");
        post("Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), "CP-002");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void post(String subject, LetterKind kind, Optional<Long> confirms, String certificate) {
        services.sentLetters.save(new SentLetter(0, caseFile.id(), POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, kind, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(POSTED), "Leeds City PO", certificate, Optional.empty()), "",
                Optional.empty(), Optional.empty()).confirming(confirms));
    }

    /** The PDF of {@code draft}, written to {@code name}.pdf and read back with its words on one line. */
    private String render(LetterTemplate template, LetterFacts facts, LetterDraft draft, String name)
            throws Exception {
        Path pdf = files.resolve(name + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK)
                .render(LetterFrame.compose(template, facts, draft)).pdf());
        // -Dhandcase.pdfs=DIR keeps a copy of each letter, to look at its pages.
        String keep = System.getProperty("handcase.pdfs", "");
        if (!keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep, name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // The page footers read in among the words where a page ends are taken out.
        return PrintedText.of(pdf).replaceAll("\\s+", " ")
                .replaceAll("Page \\d+ of \\d+ ?CMS reference \\d{4} \\d{4} \\d{4} ", "");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start + 1);
        assertTrue(start >= 0 && end > start, from + " .. " + to + " in: " + text);
        return text.substring(start, end);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    @DisplayName("the complaint's What went wrong has a dated line for the promise not kept; none for a promise "
            + "with no date; What happened names each posted letter by its date and subject")
    void complaintSaysThePromiseNotKept() throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        String text = render(complaint, facts, complaint.draft(facts), "complaint");
        String wrong = between(text, "What went wrong", "The effect on");
        assertTrue(wrong.contains("Since I first told you of the missed payments, on 10 Nov 2026,"), wrong);
        assertEquals(1, count(wrong, PROMISE_LINE), wrong);
        assertFalse(wrong.contains("proof of payment"), "a promise with no date is not yet broken: " + wrong);
        String happened = between(text, "What happened", "What went wrong");
        assertEquals(1, count(happened, CALL_LETTER_LINE), happened);
        assertEquals(1, count(happened, REPORT_LINE), happened);
    }

    @Test
    @DisplayName("the senior review carries over the effect the parent wrote in the complaint, says the arrears "
            + "figure as the complaint does, and lists the letters posted as the complaint does")
    void reviewCarriesTheComplaintOver() throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        LetterDraft drafted = complaint.draft(facts);
        // The parent writes the effect into the letter in place of the gap, as the reviewer did.
        List<LetterBlock> body = new ArrayList<>(drafted.body());
        int effect = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof LetterBlock.SubHeading h && h.text().startsWith("The effect on")) {
                effect = i;
            }
        }
        assertTrue(effect > 0 && body.get(effect + 1) instanceof LetterBlock.Paragraph p
                && p.text().startsWith("[how the missing money affects"), body.toString());
        body.set(effect + 1, new LetterBlock.Paragraph(EFFECT));
        String complaintText = render(complaint, facts, drafted.edited(drafted.heading(), body), "complaint");
        String owed = between(complaintText, "By my records, ", " in arrears on ");
        // The complaint made in the app, kept as the posted complaint's copy, as the letter keeper logs it.
        long copy = services.documents.add(caseFile.id(), files.resolve("complaint.pdf"), "Complaint to CMS")
                .document().id();
        services.sentLetters.save(new SentLetter(0, caseFile.id(), POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                complaint.fileTitle(), LetterKind.COMPLAINT, Optional.of(copy), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(POSTED), "Leeds City PO", "CP-003", Optional.empty()), "",
                Optional.empty(), Optional.empty()));

        LetterFacts after = LetterWiring.facts(services, caseFile);
        LetterTemplate review = LetterTemplates.SENIOR_REVIEW;
        String text = render(review, after, review.draft(after), "review");
        assertFalse(text.contains("[how the missing money affects"), text);
        assertTrue(between(text, "The effect on", "If the review does not settle").contains(EFFECT), text);
        assertTrue(text.contains(owed + " in arrears on 22 Nov 2026."), "the figure as the complaint gives it, "
                + owed + ": " + text);
        String about = between(text, "What my complaint is about", "The effect on");
        assertEquals(1, count(about, CALL_LETTER_LINE), about);
        assertEquals(1, count(about, REPORT_LINE), about);
        assertEquals(1, count(about, PROMISE_LINE), about);
        assertTrue(about.indexOf("17 Nov 2026: I phoned you") < about.indexOf(CALL_LETTER_LINE), "by date: " + about);

        // The ICE letter about the same complaint reads it back the same way: the promise as a line of a list, never
        // a bullet inside a paragraph, and the effect as the parent wrote it.
        LetterFacts iceFacts = after.toBuilder().complaint(new uk.cml.letters.templates.ComplaintDetails(null, "", "",
                java.util.Set.of(), "", POSTED, null, LocalDate.of(2026, 11, 21), "", "", "")).build();
        LetterDraft iceDraft = LetterTemplates.ICE_COMPLAINT.draft(iceFacts);
        assertTrue(iceDraft.body().stream().anyMatch(b -> b instanceof LetterBlock.BulletList list
                && list.items().contains(PROMISE_LINE)), iceDraft.body().toString());
        assertTrue(iceDraft.body().stream().noneMatch(b -> b instanceof LetterBlock.Paragraph p
                && p.text().contains("\u2022")), iceDraft.body().toString());
        String ice = render(LetterTemplates.ICE_COMPLAINT, iceFacts, iceDraft, "ice");
        assertEquals(1, count(ice, PROMISE_LINE), ice);
        assertTrue(between(ice, "The effect on", "What I would like the CMS to do").contains(EFFECT), ice);
    }

    /**
     * As the reviewer made them: the complaint drafted before the day's letters were logged as posted, so its list
     * names the calls only. The review, made once they are, names them too, each once, at its place by date.
     */
    @Test
    @DisplayName("the senior review adds the letters posted by the complaint's day that the complaint did not name")
    void reviewAddsTheLettersTheComplaintLacked() throws Exception {
        services.sentLetters.letters(caseFile.id()).stream().map(SentLetter::id)
                .forEach(services.sentLetters::moveToBin);
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        String complaintText = render(complaint, facts, complaint.draft(facts), "complaint-calls-only");
        assertFalse(complaintText.contains("I posted"), complaintText);
        long copy = services.documents.add(caseFile.id(), files.resolve("complaint-calls-only.pdf"),
                "Complaint to CMS").document().id();
        post("Our phone call on 17 Nov 2026", LetterKind.FOLLOW_UP_TO_CALL, Optional.of(secondCall), "CP-001");
        post("Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), "CP-002");
        services.sentLetters.save(new SentLetter(0, caseFile.id(), POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                complaint.fileTitle(), LetterKind.COMPLAINT, Optional.of(copy), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(POSTED), "Leeds City PO", "CP-003", Optional.empty()), "",
                Optional.empty(), Optional.empty()));

        LetterFacts after = LetterWiring.facts(services, caseFile);
        LetterTemplate review = LetterTemplates.SENIOR_REVIEW;
        LetterDraft draft = review.draft(after);
        String text = render(review, after, draft, "review-letters-added");
        String about = between(text, "What my complaint is about", "Since I first told you");
        assertEquals(1, count(about, CALL_LETTER_LINE), about);
        assertEquals(1, count(about, REPORT_LINE), about);
        assertTrue(about.indexOf("17 Nov 2026: I phoned you") < about.indexOf(REPORT_LINE), "by date: " + about);
        assertTrue(draft.warnings().stream().anyMatch(w -> w.message().contains("are added to what your complaint "
                + "said happened")), "the parent is told to check them");
    }

    @Test
    @DisplayName("the call letter puts what came of the call on its own line, and asks politely for what was "
            + "promised by name")
    void callLetterOutcomeApartAndRequestSpecific() throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder()
                .call(LetterWiring.callDetails(services.calls.calls(caseFile.id()).stream()
                        .filter(c -> c.id() == secondCall).findFirst().orElseThrow())).build();
        LetterTemplate letter = LetterTemplates.CONFIRM_CALL;
        LetterDraft draft = letter.draft(facts);
        assertTrue(draft.body().contains(new LetterBlock.Paragraph(
                "What came of the call: Said they would write to the other parent.")), draft.body().toString());
        String text = render(letter, facts, draft, "call");
        String lines;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                files.resolve("call.pdf").toFile())) {
            lines = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertTrue(lines.lines().anyMatch(line -> line.strip().startsWith("What came of the call: Said they would "
                + "write to the other parent.")), "what came of the call begins a line: " + lines);
        assertFalse(text.contains("Do what you told me"), text);
        assertTrue(text.contains("Please do what I understood from the call you would do (set out below under "
                + "\u201cWhat I understood the CMS would do\u201d)."), text);
        assertTrue(text.contains("Ask the other parent for proof of payment."), text);
    }
}
