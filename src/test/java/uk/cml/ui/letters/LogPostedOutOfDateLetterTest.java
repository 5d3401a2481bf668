package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.privacy.MovableClock;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a report of missed payments made, then a payment recorded; the page said to make it again,
 * yet logging it as posted went through with no further word. Logging the posting of a letter made before its
 * records changed asks first, beside Save, whether this copy was posted; the parent may go on and save.
 */
class LogPostedOutOfDateLetterTest extends WithAPage {

    final MovableClock clock = new MovableClock(CLOCK.instant(), CLOCK.getZone());

    @Override
    protected java.time.Clock clock() {
        return clock;
    }

    private void reveal(String id) {
        Node field = waitFor(id);
        javafx.scene.control.ScrollPane scroll = lookup("#letters-editor").query();
        interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
    }

    private long letter(long caseId) {
        return harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22),
                Optional.empty(), new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private void payment(long caseId) {
        harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 20), Money.ofPounds(50),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    /** Opens the only letter and types in its posting, first class today, then presses Save. */
    private void logPostingAndSave() {
        LettersView page = LettersPages.open(harness, clock);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        interact(() -> method.setValue(PostingMethod.FIRST_CLASS));
        reveal("#sent-posted");
        type("#sent-posted", "22/11/2026");
        press("#letters-save");
    }

    private String label(String id) {
        Label label = lookup(id).query();
        return interactAndGet(label::getText);
    }

    private SentLetter stored(long id) {
        return harness.services.sentLetters.find(id).orElseThrow();
    }

    @Test
    void postingALetterMadeBeforeAPaymentAsksFirstAndSavesOnceTheParentSaysThisCopyWasPosted() throws Exception {
        long caseId = harness.currentCase.get().id();
        long id = letter(caseId);
        clock.advance(Duration.ofHours(2));
        payment(caseId);
        logPostingAndSave();

        Node question = waitFor("#letters-posted-out-of-date-question");
        waitUntil("asked beside Save", () -> interactAndGet(question::isVisible));
        assertEquals("This letter's figures are out of date: payments changed in your records after you made it on "
                + "22 Nov 2026. Did you post this copy? If you have not posted it yet, make it again first and post "
                + "the new one.", label("#letters-posted-out-of-date"));
        assertTrue(interactAndGet(() -> lookup("#letters-save").query().isVisible()), "Save stays in sight");
        assertFalse(stored(id).isPosted(), "nothing saved until the parent says");
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "letters-posted-out-of-date.png");

        // Not posted yet: the question goes, nothing is saved, and what was typed stays.
        press("#letters-posted-not-yet");
        waitUntil("the question goes", () -> !interactAndGet(question::isVisible));
        assertFalse(stored(id).isPosted());
        assertEquals("Not saved. What you typed is still in the form.", label("#letters-status"));
        String posted = text("#sent-posted");
        assertTrue(posted.equals("22/11/2026") || posted.equals("22 Nov 2026"), posted);

        // Save again asks again; "I posted this copy" saves it, posted as typed.
        reveal("#letters-save");
        press("#letters-save");
        waitUntil("asked again", () -> interactAndGet(question::isVisible));
        press("#letters-posted-as-it-is");
        waitUntil("saved as posted", () -> stored(id).isPosted());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), stored(id).posted());
        waitUntil("the question is gone", () -> !interactAndGet(question::isVisible));
    }

    @Test
    void postingALetterNothingChangedSinceIsSavedWithoutAsking() {
        long caseId = harness.currentCase.get().id();
        payment(caseId);
        clock.advance(Duration.ofHours(2));
        long id = letter(caseId);
        logPostingAndSave();
        waitUntil("saved as posted", () -> stored(id).isPosted());
        // Saved with one press of Save: the form has closed, and no question is left in sight.
        assertFalse(interactAndGet(() -> lookup("#letters-posted-out-of-date-question").tryQuery()
                .map(Node::isVisible).orElse(false)), "nothing to ask");
    }
}
