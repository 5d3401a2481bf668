package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The enforcement request says what the records hold of enforcement, never "I do not know of any" beside a CMS
 * letter or a filed document about a step; a call's free words are not taken as a fact. The sample case on real
 * SQLite in a temp folder, with its ticked step taken away; each letter read back from its PDF.
 */
class EnforcementOnRecordLetterTest {

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
        // The sample ticks the arrears notice: untick it, so the records hold no step.
        services.standing.enforcement(caseFile.id()).stream().map(EnforcementRecord::id)
                .forEach(services.standing::untick);
    }

    /** The sample's reply to the complaint says the CMS sent an arrears notice: binned, the records hold none. */
    private void binTheComplaintReply() {
        services.receivedLetters.letters(caseFile.id()).stream().filter(r -> r.summary().contains("arrears notice"))
                .map(ReceivedLetter::id).forEach(services.receivedLetters::moveToBin);
    }

    @Test
    @DisplayName("the sample's CMS reply about an arrears notice, with the step unticked: the letter names the reply")
    void theSampleReplyIsNamed() throws Exception {
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(text.contains("You wrote to me on 11 Nov 2026 about an arrears notice."), text);
        // The sample's later call from the enforcement team is the latest news (reviewer, rv8).
        assertTrue(text.contains("Tell me what has happened since 16 Nov 2026, when you phoned me about a deduction "
                + "from earnings order and I understood from Mark (Enforcement team) that you would do this by "
                + "30 Nov 2026: Decide whether to make a deduction from earnings order. That is the latest news of "
                + "enforcement I have."), text);
        // The parent's note of the call, not quoted as the CMS's words (reviewer rv7).
        assertFalse(text.contains("\u201cDecide whether"), text);
        assertFalse(text.contains("I have no record"), text);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        Path pdf = files.resolve(template.key() + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(facts)).pdf());
        return PrintedText.of(pdf);
    }

    @Test
    @DisplayName("nothing on record: the letter says the records show none, not that none was taken")
    void nothingOnRecord() throws Exception {
        binTheComplaintReply();
        // The sample's latest call notes that a deduction from earnings order is being considered: binned too.
        services.calls.calls(caseFile.id()).stream().map(Call::id).forEach(services.calls::moveToBin);
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(text.contains("I do not know of any enforcement action"), text);
        assertTrue(text.contains("I have no record of being told of any enforcement action so far."), text);
        assertFalse(text.contains("Tell me what has happened since"), text);
    }

    @Test
    @DisplayName("a CMS letter about a deduction from earnings order: named with its date, and what happened since"
            + " asked")
    void cmsLetterOnRecord() throws Exception {
        services.receivedLetters.save(new ReceivedLetter(0, caseFile.id(), Optional.of(LocalDate.of(2026, 10, 3)),
                LocalDate.of(2026, 10, 6), "Child Maintenance Service", "Deduction from earnings order set up with "
                + "Jordan's employer", Optional.empty(), Optional.empty()));
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(text.contains("I do not know of any enforcement action"), text);
        assertFalse(text.contains("I have no record"), text);
        assertTrue(text.contains("You wrote to me on 3 Oct 2026 about a deduction from earnings order."), text);
        assertTrue(text.contains("If there is no deduction from earnings order in place, make one, so that"), text);
        assertTrue(text.contains("Tell me what has happened since 16 Nov 2026, when you phoned me"), text);
        assertTrue(text.indexOf("3 Oct 2026") < text.indexOf("You wrote to me on 11 Nov 2026"),
                "oldest first: " + text);
    }

    @Test
    @DisplayName("a filed document about a liability order, with the date on it: named with that date")
    void documentOnRecord() throws Exception {
        Path scan = files.resolve("liability.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", scan.toFile());
        long id = services.documents.add(caseFile.id(), scan, "").document().id();
        services.documents.amend(id, "Notice of the liability order from the magistrates' court",
                Optional.of(LocalDate.of(2026, 10, 14)));
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(text.contains("I do not know of any enforcement action"), text);
        assertTrue(text.contains("I have a document dated 14 Oct 2026 about a liability order."), text);
        // Read also by the missed Direct Pay report, which lists the steps already taken.
        String report = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(report.contains("I have a document dated 14 Oct 2026 about a liability order."), report);
    }

    @Test
    @DisplayName("a call whose notes mention a deduction from earnings order: not stated as fact, and not denied")
    void callNotesAreNotFacts() throws Exception {
        binTheComplaintReply();
        services.calls.calls(caseFile.id()).stream().map(Call::id).forEach(services.calls::moveToBin);
        services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 10, 2, 11, 0), CallDirection.I_CALLED,
                "", "", "", "", "They said a deduction from earnings order might be set up", "", Optional.empty(), "",
                Optional.empty(), false, false, null));
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        // Named only as the call it was, the latest news the parent has (reviewer, rv8), never as a step taken.
        assertTrue(text.contains("Tell me what has happened since 2 Oct 2026, when I phoned you about a deduction "
                + "from earnings order. That is the latest news of enforcement I have."), text);
        assertEquals(text.indexOf("2 Oct 2026"), text.lastIndexOf("2 Oct 2026"), text);
        assertFalse(text.contains("I have no record of being told"), text);
        assertTrue(text.contains("I have no letter from you about any enforcement action so far."), text);
        // The writer says why, and how to make the letter name it.
        assertTrue(LetterTemplates.ENFORCEMENT_REQUEST.draft(LetterWiring.facts(services, caseFile)).warnings()
                .stream().anyMatch(w -> w.message().startsWith("Your notes of a call mention a deduction from "
                        + "earnings order. This letter does not say that the CMS took that step.")), "warned");
    }

    @Test
    @DisplayName("a letter the app makes is kept under Documents with the letter's date as the date on it")
    void keptLetterIsDated() throws Exception {
        LetterTemplate template = LetterTemplates.ENFORCEMENT_REQUEST;
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        Path pdf = files.resolve("2026-11-22 Enforcement request to CMS.pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(facts)).pdf());
        LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, facts, Optional.empty());
        long copy = services.sentLetters.letters(caseFile.id()).stream().flatMap(l -> l.copyDocumentId().stream())
                .findFirst().orElseThrow();
        assertEquals(Optional.of(facts.letterDate()), services.documents.find(copy).orElseThrow().datedOn());
    }
}
