package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * A letter half logged is never closed without asking (Back, or starting another; Escape does nothing), an attached file counts
 * as typing, and a letter begun or opened while one case was open is only ever saved to that case; an untouched form
 * closes without a question, also when the case changes. As the Calls and Notes pages do.
 */
class LetterFormAsksBeforeLosingTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    private void showPage() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-sent");
    }

    /** On the screen: in the window, taking its place, and neither it nor anything holding it hidden. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> {
            for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged() && node.getScene() != null;
        })).orElse(false);
    }

    /** The form is open (its Save in view), not the lists. */
    private boolean formOpen() {
        return shown("#letters-editor");
    }

    private String status() {
        Label status = lookup("#letters-status").queryAs(Label.class);
        return interactAndGet(status::getText);
    }

    private CaseFile otherCase() {
        return harness.anotherCase();
    }

    private SentLetter complaint(long caseId, String subject) {
        return new SentLetter(0, caseId, LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 3)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 11, 20)), Optional.empty());
    }

    @Test
    void backAndEscapeAskBeforeLosingAHalfTypedLetterAndAnUntouchedOneClosesAtOnce() {
        showPage();
        press("#letters-new-sent");
        press("#letters-back");
        assertFalse(shown("#letters-unsaved-question"), "an untouched form needs no question");
        assertFalse(formOpen(), "and closes");

        press("#letters-new-sent");
        type("#sent-subject", "Missed payments in Octo");
        press("#letters-back");
        assertTrue(shown("#letters-unsaved-question"), "asked first");
        assertTrue(interactAndGet(lookup("#letters-keep-typing").query()::isFocused), "the keyboard is on the safe "
                + "answer");
        assertFalse(shown("#letters-back"), "the form's buttons make way for the question");
        assertTrue(formOpen());
        assertEquals("Missed payments in Octo", text("#sent-subject"), "nothing lost while asked");

        press("#letters-keep-typing");
        assertFalse(shown("#letters-unsaved-question"));
        assertTrue(formOpen());
        assertEquals("Missed payments in Octo", text("#sent-subject"));

        // Found in review (55a.png): Escape, pressed to close a drop-down, swapped Save for "Lose what I typed".
        // Escape now only closes the drop-down, and in the form it does nothing: losing typing takes Back.
        type("#sent-subject", "Missed payments in October");
        push(KeyCode.ESCAPE);
        assertFalse(shown("#letters-unsaved-question"), "Escape asks nothing");
        assertTrue(shown("#letters-save"), "Save stays where it was");
        press("#sent-method");
        waitUntil("the drop-down opens", () -> lookup("#sent-method").queryAs(javafx.scene.control.ComboBox.class)
                .isShowing());
        push(KeyCode.ESCAPE);
        waitUntil("the drop-down closes", () -> !lookup("#sent-method").queryAs(javafx.scene.control.ComboBox.class)
                .isShowing());
        assertFalse(shown("#letters-unsaved-question"), "and only closes");
        assertTrue(shown("#letters-save"));
        assertTrue(formOpen());
        assertEquals("Missed payments in October", text("#sent-subject"));
        press("#letters-back");
        assertTrue(shown("#letters-unsaved-question"), "Back still asks");
        press("#letters-keep-typing");

        // Starting another letter would empty the form as surely as Back.
        press("#letters-new-received");
        assertTrue(shown("#letters-unsaved-question"), "asked before the form is swapped for another");
        assertEquals("Missed payments in October", text("#sent-subject"));
        press("#letters-lose-typing");
        waitUntil("the received letter's form, empty", () -> shown("#received-summary")
                && text("#received-summary").isEmpty());
        assertFalse(shown("#letters-unsaved-question"));

        press("#letters-back");
        assertFalse(formOpen(), "the new received letter was untouched: closed without a question");
        assertEquals(0, harness.services.sentLetters.letters(harness.currentCase.get().id()).size());
    }

    @Test
    void attachingAFileCountsAsTypingAndAnOpenedLetterAsksOnlyOnceChanged() throws Exception {
        Path scan = parentsFiles.resolve("cms-letter.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", scan.toFile());
        harness.chosenFiles = List.of(scan);
        long caseId = harness.currentCase.get().id();
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.empty(),
                LocalDate.of(2026, 11, 19), "Child Maintenance Service", "Your complaint is being looked at.",
                Optional.empty(), Optional.empty()));
        showPage();

        press("#letters-new-received");
        press("#received-scan-attach");
        Label attached = lookup("#received-scan-name").query();
        waitUntil("the scan is attached", () -> "cms-letter.png".equals(interactAndGet(attached::getText)));
        press("#letters-back");
        assertTrue(shown("#letters-unsaved-question"), "a file attached is work the parent would lose");
        assertEquals("The file you attached, \u201Ccms-letter.png\u201D, is not saved with a letter yet, nor is anything "
                + "you typed here. If you lose them, the file stays in Documents but is linked to nothing, and what "
                + "you typed is gone for good.", lookup("#letters-unsaved").queryLabeled().getText(),
                "the question names the file");
        press("#letters-lose-typing");
        waitUntil("back to the lists", () -> !formOpen());
        assertEquals(1, harness.services.documents.documents(caseId).size(),
                "the file itself stays in the case's documents");

        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "Your complaint is being looked at.".equals(text("#received-summary")));
        press("#letters-back");
        assertFalse(shown("#letters-unsaved-question"), "opened and read, not changed: no question");
        assertFalse(formOpen());

        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> formOpen());
        type("#received-summary", "Your complaint is being looked at by a senior manager.");
        press("#letters-back");
        assertTrue(shown("#letters-unsaved-question"), "a correction half typed is asked about too");
        press("#letters-keep-typing");
        assertEquals("Your complaint is being looked at by a senior manager.", text("#received-summary"));
    }

    @Test
    void aLetterTypedForOneCaseIsNotFiledUnderAnotherAndAnUntouchedFormCloses() throws Exception {
        Path copy = parentsFiles.resolve("my-letter.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", copy.toFile());
        harness.chosenFiles = List.of(copy);
        CaseFile first = interactAndGet(harness.currentCase::get);
        CaseFile other = otherCase();
        showPage();
        press("#letters-new-sent");
        type("#sent-subject", "Missed payments in October");
        type("#sent-to-name", "Child Maintenance Service");
        interact(() -> harness.currentCase.set(other));

        assertTrue(formOpen(), "the letter being typed stays open");
        assertEquals("Missed payments in October", text("#sent-subject"), "what was typed stays");
        press("#letters-save");
        waitUntil("Save explains", () -> status().startsWith("Not saved: you began this letter while the case "
                + "with " + first.otherParentName() + " was open."));
        assertEquals(0, harness.services.sentLetters.letters(other.id()).size());
        assertTrue(formOpen());
        // The copy attached now is the letter's: it goes with the letter's case, not the one open.
        press("#sent-copy-attach");
        Label attached = lookup("#sent-copy-name").query();
        waitUntil("the copy is attached", () -> "my-letter.png".equals(interactAndGet(attached::getText)));
        assertEquals(1, harness.services.documents.documents(first.id()).size());
        assertEquals(0, harness.services.documents.documents(other.id()).size());

        interact(() -> harness.currentCase.set(first));
        press("#letters-save");
        waitUntil("saved for its own case", () -> harness.services.sentLetters.letters(first.id()).size() == 1);
        assertEquals(harness.services.documents.documents(first.id()).get(0).id(),
                harness.services.sentLetters.letters(first.id()).get(0).copyDocumentId().orElseThrow());
        waitUntil("back at the lists", () -> !formOpen());

        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> formOpen());
        interact(() -> harness.currentCase.set(other));
        waitUntil("an untouched letter closes on a change of case", () -> !formOpen());
        assertFalse(shown("#letters-unsaved-question"));
    }

    @Test
    void aLetterOpenedForCorrectionUnderOneCaseIsNeverSavedIntoAnotherAndKeepsItsLink() {
        CaseFile first = interactAndGet(harness.currentCase::get);
        CaseFile other = otherCase();
        long sentId = harness.services.sentLetters.save(complaint(first.id(), "Complaint about collection"));
        harness.services.receivedLetters.save(new ReceivedLetter(0, first.id(), Optional.empty(),
                LocalDate.of(2026, 11, 19), "Child Maintenance Service", "We are looking at your complaint.",
                Optional.empty(), Optional.of(sentId)));
        harness.services.sentLetters.save(complaint(other.id(), "Alex's own complaint"));
        showPage();
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "We are looking at your complaint.".equals(text("#received-summary")));
        // Dated 2 Nov, posted 3 Nov: the Letters list shows the posting, so the choice says both (final reviewer).
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        assertTrue(interactAndGet(() -> answers.getConverter().toString(answers.getValue()))
                .startsWith("Your letter of 2 Nov 2026, posted 3 Nov 2026: "));
        type("#received-summary", "We are looking at your complaint. Reply by 15 December.");

        interact(() -> harness.currentCase.set(other));
        waitUntil("the other case's letters are loaded", () -> harness.services.sentLetters.letters(other.id())
                .size() == 1 && interactAndGet(() -> ((ComboBox<?>) lookup("#received-answers").query()).getItems()
                .stream().anyMatch(l -> l instanceof SentLetter s && s.caseId() == other.id())));
        press("#letters-save");
        waitUntil("Save explains", () -> status().startsWith("Not saved: you began this letter while the case "
                + "with Jordan Reed was open."));
        assertEquals(0, harness.services.receivedLetters.letters(other.id()).size(), "not moved into Alex's case");
        assertEquals("We are looking at your complaint.",
                harness.services.receivedLetters.letters(first.id()).get(0).summary(), "not corrected from there");

        interact(() -> harness.currentCase.set(first));
        waitUntil("its own case's letters are back", () -> interactAndGet(() -> ((ComboBox<?>) lookup(
                "#received-answers").query()).getItems().stream().anyMatch(l -> l instanceof SentLetter s
                && s.id() == sentId)));
        press("#letters-save");
        waitUntil("saved", () -> harness.services.receivedLetters.letters(first.id()).get(0).summary()
                .endsWith("Reply by 15 December."));
        assertEquals(Optional.of(sentId), harness.services.receivedLetters.letters(first.id()).get(0).inReplyTo(),
                "the reply it answers was not lost on the way through the other case");
    }

    /** As on Calls and Payments: a letter kept open across a change of case is binned only from its own case. */
    @Test
    void aLetterBeingCorrectedCannotBeBinnedWhileAnotherCaseIsShown() {
        CaseFile first = interactAndGet(harness.currentCase::get);
        CaseFile other = otherCase();
        harness.services.sentLetters.save(complaint(first.id(), "Complaint about collection"));
        showPage();
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> formOpen() && !lookup("#letters-bin").query().isDisabled());
        type("#sent-subject", "Complaint about collection, second copy");

        interact(() -> harness.currentCase.set(other));
        assertTrue(formOpen(), "the letter being corrected stays open");
        assertTrue(lookup("#letters-bin").query().isDisabled(), "not binned from Alex Morgan's case");
        // Nor chased: the chase letter would be written for Alex Morgan's case.
        assertFalse(interactAndGet(() -> lookup("#letters-chase").query().isVisible()
                && !lookup("#letters-chase").query().isDisabled()), "no chase offered from Alex Morgan's case");
        press("#letters-bin");
        assertEquals(1, harness.services.sentLetters.letters(first.id()).size());

        interact(() -> harness.currentCase.set(first));
        waitUntil("in its own case it can go to the bin", () -> !lookup("#letters-bin").query().isDisabled());
        waitUntil("and be chased", () -> lookup("#letters-chase").query().isVisible()
                && !lookup("#letters-chase").query().isDisabled());
        press("#letters-bin");
        waitUntil("moved to the bin", () -> harness.services.sentLetters.letters(first.id()).isEmpty());
    }
}
