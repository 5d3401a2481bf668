package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.RunningBalance;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The letters as the app builds them from the sample records (the facts the Letters page loads, the address book,
 * a logged letter to chase), read back from the PDF: each line they print is what those records show.
 */
class SampleLettersFollowRecordsTest {

    @TempDir
    Path data;

    private static String read(LetterTemplate template, LetterFacts facts, LetterRecipients book) throws Exception {
        LetterFacts addressed = facts.toBuilder().recipient(book.recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(addressed)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("enforcement and missed-payment letters state the arrears' age and the steps the records log")
    void enforcementFromTheRecords() throws Exception {
        try (AppServices services = AppServices.open(data, LetterWiringTest.CLOCK)) {
            new SampleData(services, 3, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            LetterRecipients book = new LetterRecipients(services);
            LocalDate since = RunningBalance.owedWithoutBreakSince(services.payments.schedule(caseFile.id(),
                    facts.letterDate())).orElseThrow();
            assertTrue(since.isBefore(facts.letterDate().minusMonths(3)), "the sample has owed money since before the "
                    + "months a letter lists: " + since);
            LocalDate heard = services.standing.enforcement(caseFile.id()).get(0).heardOn();

            String request = read(LetterTemplates.ENFORCEMENT_REQUEST, facts, book);
            assertTrue(request.contains("The arrears have been owed without a break since the payment due on "
                    + UkFormats.shortDate(since) + "."), request);
            assertFalse(request.contains("oldest payment still owed"), request);
            assertTrue(request.contains("You sent an arrears notice (I heard of this on " + UkFormats.shortDate(heard)
                    + ")."), request);
            assertFalse(request.contains("no enforcement action has been taken"), request);
            assertFalse(request.contains("straight from their pay"), request);

            String missed = read(LetterTemplates.MISSED_DIRECT_PAY, facts, book);
            assertFalse(missed.contains("Send Jordan Reed an arrears notice."), missed);
            assertTrue(missed.contains("You sent an arrears notice"), missed);
        }
    }

    @Test
    @DisplayName("a chased complaint is chased at the address it went to, its subject quoted; Direct Pay was not agreed")
    void chaseAndOtherParent() throws Exception {
        try (AppServices services = AppServices.open(data, LetterWiringTest.CLOCK)) {
            new SampleData(services, 3, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            LetterRecipients book = new LetterRecipients(services);
            SentLetter complaint = services.sentLetters.letters(caseFile.id()).stream()
                    .filter(letter -> letter.subject().startsWith("Complaint about")).findFirst().orElseThrow();

            String chase = read(LetterTemplates.CHASE_REPLY,
                    facts.toBuilder().earlierLetter(LetterStarts.earlier(complaint)).build(), book);
            assertTrue(chase.contains("I am writing because I have had no reply to my letter of "
                    + UkFormats.shortDate(complaint.written()) + " (\u201c" + complaint.subject() + "\u201d)."), chase);
            assertTrue(chase.contains("Child Maintenance Service 21 Mail Handling Site A Wolverhampton WV98 2BU"), chase);
            assertFalse(chase.contains("Mitcheldean"), chase);

            assertTrue(caseFile.arrangement() == Arrangement.DIRECT_PAY, "the sample case is on Direct Pay");
            String other = read(LetterTemplates.OTHER_PARENT, facts, book);
            assertFalse(other.contains("agreed you would pay"), other);
            assertFalse(other.contains("arrange maintenance from now on"), other);
            // The CMS has been told (the sample's letter reporting the missed payments): said as done, not threatened.
            SentLetter report = services.sentLetters.letters(caseFile.id()).stream()
                    .filter(letter -> letter.kind() == uk.cml.domain.correspondence.LetterKind.ARREARS_REPORT)
                    .findFirst().orElseThrow();
            // What the CMS was told, oldest first (CmsReports.told): the phone call among the letters by its date.
            assertTrue(other.contains("I have already been in touch with the Child Maintenance Service: "), other);
            assertTrue(other.contains("told it by phone on "), other);
            assertTrue(other.contains("wrote to it about the missed payments in my letter posted on "
                    + UkFormats.shortDate(report.posted().orElseThrow())), other);
            assertFalse(other.contains("tell the Child Maintenance Service about the missed payments"), other);
        }
    }
}
