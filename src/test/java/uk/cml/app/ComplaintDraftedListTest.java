package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A complaint made in the app whose What happened is drafted from the records (a call reporting the missed payments,
 * the letter following it up, a CMS letter back) prints each of them once; the senior review and ICE letters, which
 * read that complaint's kept PDF back, quote the list as a list again, each line once, with no bullet read into a
 * paragraph. Real SQLite in a temp folder, every letter read back from its PDF with PDFBox.
 */
class ComplaintDraftedListTest {

    static final LocalDate CALLED = LocalDate.of(2026, 11, 10);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 12);

    @TempDir
    Path data;
    @TempDir
    Path files;
    AppServices services;
    CaseFile caseFile;

    @BeforeEach
    void open() {
        services = AppServices.open(data, LetterWiringTest.CLOCK);
        new SampleData(services, 1, 0).fill();
        caseFile = services.cases.cases().get(0);
        long call = services.calls.add(new Call(0, caseFile.id(), CALLED.atTime(10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Priya", "Direct Pay", "", "I reported the missed payments.",
                "To log the arrears", Optional.of(LocalDate.of(2026, 11, 24)), "Missed payments reported",
                Optional.empty(), false, false, null)
                .withToldMissedPayments(Optional.of(uk.cml.domain.evidence.MissedPaymentsTold.YES)));
        services.sentLetters.save(new SentLetter(0, caseFile.id(), POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Confirming my call of 10 Nov 2026 about missed payments", LetterKind.FOLLOW_UP_TO_CALL,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(POSTED),
                "Gloucester Post Office", "COP-4471", Optional.empty()), "", Optional.empty(),
                Optional.empty()).confirming(Optional.of(call)));
        services.receivedLetters.save(new ReceivedLetter(0, caseFile.id(), Optional.of(LocalDate.of(2026, 11, 17)),
                LocalDate.of(2026, 11, 20), "Child Maintenance Service", "CMS has noted the arrears I reported and "
                + "has asked Jordan for proof of payment", Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The letter's PDF, read back line by line as PDFBox prints its text. */
    private String letter(LetterTemplate template, LetterFacts facts, String name) throws Exception {
        Path pdf = files.resolve(name + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(facts)).pdf());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** A bullet only ever starts a printed line: never one read back into a paragraph. */
    private static void bulletsStartLines(String text, String which) {
        for (String line : text.split("\\R")) {
            assertTrue(!line.contains("\u2022") || line.strip().startsWith("\u2022")
                    && line.indexOf('\u2022', line.indexOf('\u2022') + 1) < 0, which + ": \"" + line + "\" in\n" + text);
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static final List<String> EVENTS = List.of(
            "10 Nov 2026: I phoned you and told you of the missed payments.",
            "12 Nov 2026: I posted my letter \u201cConfirming my call of 10 Nov 2026 about missed payments\u201d to you about the missed payments, following up my call of "
                    + "10 Nov 2026.",
            "17 Nov 2026: your letter, which reached me on 20 Nov 2026.");

    @Test
    @DisplayName("the review and ICE letters quote a complaint's drafted What happened as a list again: each line once,"
            + " no bullet inside a paragraph")
    void reviewAndIceQuoteTheDraftedList() throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT, facts, "complaint");
        String flatComplaint = complaint.replaceAll("\\s+", " ");
        assertTrue(flatComplaint.contains("What happened By my records: \u2022 "), flatComplaint);
        for (String event : EVENTS) {
            assertEquals(1, count(flatComplaint, event), event + " once in the complaint: " + flatComplaint);
        }
        // The complaint made in the app, kept as the posted complaint's copy, as the letter keeper logs it.
        long copy = services.documents.add(caseFile.id(), files.resolve("complaint.pdf"), "Complaint to CMS")
                .document().id();
        SentLetter sent = services.sentLetters.letters(caseFile.id()).stream()
                .filter(l -> l.kind() == LetterKind.COMPLAINT).findFirst().orElseThrow();
        services.sentLetters.correct(new SentLetter(sent.id(), sent.caseId(), sent.written(), sent.posted(), sent.to(),
                LetterTemplates.COLLECTION_COMPLAINT.fileTitle(), sent.kind(), Optional.of(copy), sent.method(),
                sent.proof(), sent.trackingNumber(), sent.replyBy(), sent.inReplyTo(), sent.trackedDelivery(),
                sent.printedReplyBy(), sent.answersDecision()));
        LetterFacts after = LetterWiring.facts(services, caseFile);
        assertTrue(after.reports().whatHappened().startsWith("By my records: \u2022 "), after.reports().whatHappened());

        String review = letter(LetterTemplates.SENIOR_REVIEW, after, "review");
        LetterFacts iceFacts = after.toBuilder().complaint(new ComplaintDetails(null, "", "", Set.of(), "",
                sent.written(), null, LocalDate.of(2026, 11, 18), "", "", "")).build();
        String ice = letter(LetterTemplates.ICE_COMPLAINT, iceFacts, "ice");
        for (String[] letter : List.of(new String[] {"review", review, "What my complaint is about"},
                new String[] {"ICE", ice, "What happened"})) {
            bulletsStartLines(letter[1], letter[0]);
            String flat = letter[1].replaceAll("\\s+", " ");
            assertTrue(flat.contains(letter[2] + " By my records: \u2022 "), letter[0] + ": " + flat);
            for (String event : EVENTS) {
                assertEquals(1, count(flat, event), event + " once in the " + letter[0] + " letter: " + flat);
            }
        }
    }
}
