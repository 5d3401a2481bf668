package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * A reviewer saved a call with the form scrolled to its Save button, pressed "Note a new call", and found the empty
 * form still scrolled to its end: the date, its first field, was out of sight. A new record's form opens at its top.
 */
@ExtendWith(ApplicationExtension.class)
class NewCallOpensAtTheTopTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    @Test
    void aNewCallsFormOpensAtItsFirstField() {
        harness = new PageHarness(dataFolder);
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        interact(() -> harness.show(page));
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
