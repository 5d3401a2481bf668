package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;

/**
 * "Attach the photo" on the Overview opens the letter at its certificate of posting, about three screens down the
 * form, with the photo's button in view and focused (a real-window review found it opened at the top, the field out of sight);
 * a letter opened from the list starts at the top of its form, wherever the last one was left.
 */
class AttachThePhotoOpensAtTheCertificateTest extends WithAPage {

    @Test
    void theLetterOpensAtItsCertificateWithThePhotoButtonInView() {
        long caseId = harness.currentCase.get().id();
        long id = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 2),
                Optional.of(LocalDate.of(2026, 11, 3)), new Recipient(Optional.empty(), "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL17 1AJ"), "Missed payments", LetterKind.ARREARS_REPORT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(
                Optional.of(LocalDate.of(2026, 11, 3)), "Leeds Headrow", "CP 1234", Optional.empty()), "",
                Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> {
            harness.show(page);
            page.show(new Destination.LetterCertificate(id));
        });
        Node attach = waitFor("#sent-cert-photo-attach");
        ScrollPane scroll = lookup("#letters-editor").query();
        waitUntil("scrolled down to the certificate", () -> scroll.getVvalue() > scroll.getVmin());
        // The photo's button is within the form's view.
        javafx.geometry.Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds button = interactAndGet(() -> attach.localToScene(attach.getLayoutBounds()));
        assertTrue(button.getMinY() >= shown.getMinY() && button.getMaxY() <= shown.getMaxY(), button + " in " + shown);
        waitUntil("the photo's button takes the keyboard", () -> attach.getScene().getFocusOwner() == attach);

        // Back to the list, and the letter opened from it: at the top of its form.
        press("#letters-back");
        javafx.scene.control.TableView<?> sent = waitFor("#letters-sent-table");
        interact(() -> sent.getSelectionModel().select(0));
        waitFor("#sent-subject");
        waitUntil("at the top", () -> scroll.getVvalue() == scroll.getVmin());
    }
}
