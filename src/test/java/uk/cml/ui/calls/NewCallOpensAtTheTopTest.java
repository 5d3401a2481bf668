package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * A reviewer saved a call with the form scrolled to its Save button, pressed "Note a new call", and found the empty
 * form still scrolled to its end: the date, its first field, was out of sight. A new record's form opens at its top.
 */
class NewCallOpensAtTheTopTest extends WithAPage {

    @Test
    void aNewCallsFormOpensAtItsFirstField() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-time");
        interact(() -> page.view().getScene().getWindow().setHeight(500));
        Node date = lookup("#call-date").query();
        ScrollPane formScroll = interactAndGet(() -> {
            for (javafx.scene.Parent at = date.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane scroll) {
                    return scroll;
                }
            }
            throw new AssertionError("the form scrolls in a pane");
        });
        interact(() -> formScroll.setVvalue(formScroll.getVmax()));
        press("#call-new");
        waitUntil("the form is back at its top", () -> interactAndGet(formScroll::getVvalue) == formScroll.getVmin());
        assertEquals(formScroll.getVmin(), interactAndGet(formScroll::getVvalue), 0.0);
    }
}
