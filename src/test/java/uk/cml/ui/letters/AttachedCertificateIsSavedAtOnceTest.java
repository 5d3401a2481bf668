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
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a photo of the certificate attached to a letter already saved said "Attached. It is also kept
 * in Documents.", but the link lived only in the form: leaving the page without Save lost it, and nothing asked.
 * Now it is saved with the letter at once (a correction, with history), and the rest of the typing stays typing;
 * on a letter not saved yet the words say Save keeps it.
 */
class AttachedCertificateIsSavedAtOnceTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    private Path photo() throws Exception {
        Path photo = parentsFiles.resolve("certificate.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        return photo;
    }

    @Test
    void aPhotoAttachedToANewLetterSaysSaveKeepsIt() throws Exception {
        harness.chosenFiles = List.of(photo());
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        press("#sent-cert-got");
        reveal((javafx.scene.Node) waitFor("#sent-cert-photo-attach"));
        press("#sent-cert-photo-attach");
        Label message = lookup("#sent-cert-photo-message").query();
        waitUntil("attached, Save to keep it", () -> interactAndGet(message::getText)
                .equals("Attached. Press Save to keep it with this letter. It is also kept in Documents."));
        assertTrue(harness.services.sentLetters.letters(harness.currentCase.get().id()).isEmpty(), "nothing saved");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the photo is typing until Save");
    }

    @Test
    void aPhotoAttachedToASavedLetterIsLinkedWithoutSave() throws Exception {
        harness.chosenFiles = List.of(photo());
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
        // Something else typed, not saved: it stays typing.
        type("#sent-cert-branch", "Leeds Briggate");
        reveal((javafx.scene.Node) waitFor("#sent-cert-photo-attach"));
        press("#sent-cert-photo-attach");
        Label message = lookup("#sent-cert-photo-message").query();
        waitUntil("attached and saved", () -> interactAndGet(message::getText)
                .equals("Attached, and already saved with this letter (it is also kept in Documents). Anything else you change is kept when you press Save."));

        SentLetter saved = harness.services.sentLetters.find(id).orElseThrow();
        long photoId = saved.proof().photoDocumentId().orElseThrow();
        assertEquals("certificate.png", harness.services.documents.find(photoId).orElseThrow().originalName());
        assertEquals("Leeds Headrow", saved.proof().branch(), "only the photo is saved; the branch typed is not");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the branch typed is still unsaved typing");

        // The page read afresh (as after leaving it, or a restart): the letter opens with its photo.
        LettersView again = LettersPages.open(harness, CLOCK);
        interact(() -> {
            harness.stage().close();
            harness.show(again);
        });
        TableView<?> listed = waitFor("#letters-sent-table");
        waitUntil("the letter is listed again", () -> listed.getItems().size() == 1);
        interact(() -> listed.getSelectionModel().select(0));
        Label name = waitFor("#sent-cert-photo-name");
        waitUntil("the photo is still attached", () -> "certificate.png".equals(interactAndGet(name::getText)));
    }
}
