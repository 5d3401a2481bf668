package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: just after a call was saved the Calls page showed "Write a letter confirming this call" twice,
 * once under the form's heading and once beside "Call saved.". One offer at a time: beside the status while it offers
 * it, under the heading once the page has moved on (a call opened from the list).
 */
class OneConfirmLetterOfferTest extends WithAPage {

    private static final String CONFIRM = "Write a letter confirming this call";

    @BeforeEach
    void open() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
    }

    private long offersShown() {
        return interactAndGet(() -> lookup(node -> node instanceof Button b && CONFIRM.equals(b.getText())
                && b.isVisible() && b.getParent() != null && b.getParent().isVisible()).queryAll().size());
    }

    @Test
    void justAfterSavingTheLetterIsOfferedOnce() {
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out.");
        choose("#call-who-called", CallDirection.I_CALLED);
        press("#call-save");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the call is saved and open", () -> list.getItems().size() == 1
                && list.getSelectionModel().getSelectedIndex() == 0);
        waitUntil("the status offers the letter", () -> offersShown() > 0);
        assertEquals(1, offersShown(), "one offer of the same letter");
    }
}
