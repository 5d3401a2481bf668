package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import uk.cml.ui.addresses.AddressBookView;
import uk.cml.ui.calls.CallsView;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.letters.LettersView;
import uk.cml.ui.notes.NotesView;

/**
 * Found by a reviewer: on the Calls, Notes, Letters and Address book pages, "Nothing was saved. Please check the
 * answers marked in red." stayed after every answer marked in red had been put right, as the payment forms and the
 * Case page no longer do. Each form here is refused, put right, and then says nothing of red answers.
 */
class RefusalGoesOnceNothingIsRedTest extends WithAPage {

    private static final String REFUSED = "Nothing was saved. Please check the answers marked in red.";

    private String status(String id) {
        Label status = lookup(id).queryAs(Label.class);
        return interactAndGet(status::getText);
    }

    private boolean red(String id) {
        Label error = lookup(id).queryAs(Label.class);
        return interactAndGet(error::isVisible);
    }

    private void refusedThenPutRight(String status, String error, Runnable putRight) {
        waitUntil("refused", () -> REFUSED.equals(status(status)) && red(error));
        putRight.run();
        waitUntil("nothing is red, and nothing says it is", () -> !red(error) && status(status).isEmpty());
    }

    @Test
    void theCallForm() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        type("#call-spoke-to", "Priya");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        refusedThenPutRight("#call-status", "#call-said-error",
                () -> type("#call-said", "She said the arrears notice went out."));
    }

    /**
     * Chosen with the mouse in the drop-down's own list (its own window, which the form does not see clicked), the
     * answer put right left the refusal standing (reviewer, on the Calls page).
     */
    @Test
    void theCallFormPutRightByAChoiceInTheDropDown() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out.");
        press("#call-save");
        refusedThenPutRight("#call-status", "#call-who-called-error",
                () -> chooseWithTheMouse("#call-who-called", "I called the CMS"));
    }

    /** As for a call: "How it was sent" chosen with the mouse (reviewer, on the Letters page). */
    @Test
    void theSentLetterFormPutRightByAChoiceInTheDropDown() {
        letters();
        press("#letters-new-sent");
        type("#sent-written", "20/11/2026");
        type("#sent-posted", "20/11/2026");
        interact(() -> lookup("#sent-method").queryAs(javafx.scene.control.ComboBox.class).setValue(null));
        press("#letters-save");
        refusedThenPutRight("#letters-status", "#sent-method-error",
                () -> chooseWithTheMouse("#sent-method", "1st class post"));
    }

    /** Opens the drop-down and clicks the line reading {@code text} in its list. */
    private void chooseWithTheMouse(String id, String text) {
        javafx.scene.control.ComboBox<?> box = lookup(id).queryAs(javafx.scene.control.ComboBox.class);
        reveal(box);
        interact(box::show);
        waitUntil("the list is open", () -> lookup(".combo-box-popup .list-cell").queryAllAs(
                javafx.scene.control.ListCell.class).stream().anyMatch(c -> text.equals(c.getText())));
        javafx.scene.control.ListCell<?> line = lookup(".combo-box-popup .list-cell").queryAllAs(
                javafx.scene.control.ListCell.class).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow();
        clickOn(line);
        waitUntil("chosen", () -> interactAndGet(() -> box.getValue() != null && !box.isShowing()));
    }

    @Test
    void theNoteForm() {
        NotesView page = new NotesView(harness.services.notes, harness.background, CLOCK, harness.currentCase);
        show(page);
        press("#note-save");
        refusedThenPutRight("#note-status", "#note-text-error", () -> type("#note-text", "Mia's school trip."));
        press("#note-save");
        waitUntil("saved once put right", () -> harness.services.notes.notes(harness.currentCase.get().id()).size()
                == 1);
    }

    @Test
    void theSentLetterForm() {
        LettersView page = letters();
        press("#letters-new-sent");
        type("#sent-written", "3l/11/2026");
        press("#letters-save");
        refusedThenPutRight("#letters-status", "#sent-written-error", () -> type("#sent-written", "20/11/2026"));
    }

    @Test
    void theReceivedLetterForm() {
        LettersView page = letters();
        press("#letters-new-received");
        type("#received-on", "20/11/2026");
        type("#received-dated", "l8/11/2026");
        press("#letters-save");
        refusedThenPutRight("#letters-status", "#received-dated-error", () -> type("#received-dated", "18/11/2026"));
    }

    @Test
    void theAddressBookForm() {
        AddressBookView page = new AddressBookView(harness.services.addressBook, harness.background, CLOCK,
                DraftKeeper.none());
        show(page);
        press("#address-new");
        type("#address-details", "0800 171 2345");
        press("#address-save");
        waitUntil("refused", () -> REFUSED.equals(status("#address-status")) && red("#address-name-error"));
        assertTrue(red("#address-postcode-error"), "a postal address without a postcode");
        type("#address-name", "Helpline");
        assertEquals(REFUSED, status("#address-status"), "the postcode is still red");
        refusedThenPutRight("#address-status", "#address-postcode-error", () -> type("#address-postcode",
                "GL17 1AJ"));
        assertTrue(!red("#address-name-error"), "the name, once given, is no longer red");
    }

    private LettersView letters() {
        LettersView page = new LettersView(new LettersView.Stores(harness.services.sentLetters,
                harness.services.receivedLetters, harness.services.documents, harness.services.addressBook,
                harness.services.standing, harness.services.calls), harness.services.calendar, harness.background, CLOCK,
                harness.currentCase, harness.picker(), destination -> { });
        show(page);
        return page;
    }
}
