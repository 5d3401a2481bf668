package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.correspondence.StatedArrears;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.Money;
import uk.cml.ui.WithAPage;

/**
 * As {@link AttachedCertificateIsSavedAtOnceTest}, for the copy of a sent letter and the scan of a received one: each
 * said "Attached. It is also kept in Documents.", but the link lived only in the form, and leaving the page without
 * Save lost it. Now a letter already saved keeps it at once; a new letter's says Save keeps it.
 */
class AttachedCopyAndScanAreSavedAtOnceTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    private Path picture(String name) throws Exception {
        Path picture = parentsFiles.resolve(name);
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        return picture;
    }

    private static final String PRESS_SAVE =
            "Attached. Press Save to keep it with this letter. It is also kept in Documents.";
    private static final String SAVED = "Attached, and already saved with this letter (it is also kept in Documents). Anything else you change is kept when you press Save.";

    private void attachAndWait(String field, String says) {
        reveal((javafx.scene.Node) waitFor("#" + field + "-attach"));
        press("#" + field + "-attach");
        Label message = lookup("#" + field + "-message").query();
        waitUntil(says, () -> interactAndGet(message::getText).equals(says));
    }

    /** The page read afresh (as after leaving it, or a restart), the first letter of {@code table} opened. */
    private void openAgain(String table, String field, String name) {
        LettersView again = LettersPages.open(harness, CLOCK);
        interact(() -> {
            harness.stage().close();
            harness.show(again);
        });
        TableView<?> listed = waitFor("#" + table);
        waitUntil("the letter is listed again", () -> listed.getItems().size() == 1);
        interact(() -> listed.getSelectionModel().select(0));
        Label shown = waitFor("#" + field + "-name");
        waitUntil("the file is still attached", () -> name.equals(interactAndGet(shown::getText)));
    }

    @Test
    void aCopyAttachedToANewLetterSaysSaveKeepsIt() throws Exception {
        harness.chosenFiles = List.of(picture("copy.png"));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        attachAndWait("sent-copy", PRESS_SAVE);
        assertTrue(harness.services.sentLetters.letters(harness.currentCase.get().id()).isEmpty(), "nothing saved");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the copy is typing until Save");
    }

    @Test
    void aScanAttachedToANewLetterSaysSaveKeepsIt() throws Exception {
        harness.chosenFiles = List.of(picture("scan.png"));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        attachAndWait("received-scan", PRESS_SAVE);
        assertTrue(harness.services.receivedLetters.letters(harness.currentCase.get().id()).isEmpty(),
                "nothing saved");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the scan is typing until Save");
    }

    @Test
    void aCopyAttachedToASavedLetterIsLinkedWithoutSave() throws Exception {
        harness.chosenFiles = List.of(picture("copy.png"));
        long caseId = harness.currentCase.get().id();
        long id = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 2),
                Optional.of(LocalDate.of(2026, 11, 3)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments", LetterKind.ARREARS_REPORT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(
                Optional.of(LocalDate.of(2026, 11, 3)), "Leeds Headrow", "CP 1234", Optional.empty()), "",
                Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        waitFor("#sent-subject");
        type("#sent-subject", " in October"); // typed, not saved: it stays typing
        attachAndWait("sent-copy", SAVED);

        SentLetter saved = harness.services.sentLetters.find(id).orElseThrow();
        long copyId = saved.copyDocumentId().orElseThrow();
        assertEquals("copy.png", harness.services.documents.find(copyId).orElseThrow().originalName());
        assertEquals("Missed payments", saved.subject(), "only the copy is saved; the subject typed is not");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the subject typed is still unsaved typing");

        openAgain("letters-sent-table", "sent-copy", "copy.png");
    }

    @Test
    void aScanAttachedToASavedLetterIsLinkedWithoutSave() throws Exception {
        harness.chosenFiles = List.of(picture("scan.png"));
        long caseId = harness.currentCase.get().id();
        long id = harness.services.receivedLetters.save(new ReceivedLetter(0, caseId,
                Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "Child Maintenance Service",
                "Arrears statement", Optional.empty(), Optional.empty()),
                Optional.of(new StatedArrears(Money.ofPence(123_456), LocalDate.of(2026, 11, 2))),
                Optional.of(Decision.Kind.CALCULATION));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<?> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitFor("#received-summary");
        type("#received-from", " (Plymouth)"); // typed, not saved: it stays typing
        attachAndWait("received-scan", SAVED);

        ReceivedLetter saved = harness.services.receivedLetters.letters(caseId).stream()
                .filter(l -> l.id() == id).findFirst().orElseThrow();
        long scanId = saved.scanDocumentId().orElseThrow();
        assertEquals("scan.png", harness.services.documents.find(scanId).orElseThrow().originalName());
        assertEquals("Child Maintenance Service", saved.from(), "only the scan is saved; the name typed is not");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the name typed is still unsaved typing");
        assertEquals(new StatedArrears(Money.ofPence(123_456), LocalDate.of(2026, 11, 2)),
                harness.services.receivedLetters.statedArrears(caseId).get(id), "the figure it states is kept");
        assertEquals(List.of(Decision.Kind.CALCULATION), harness.services.standing.decisions(caseId).stream()
                .map(Decision::kind).toList(), "the decision it is is kept");

        openAgain("letters-received-table", "received-scan", "scan.png");
    }
}
