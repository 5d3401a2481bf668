package uk.cml.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * A reviewer searched the Timeline for "Sep" at 1024 x 768: with "Showing 2 of 41 entries" beside them, the search
 * field shrank to nothing (what was typed could not be read) and the period read "Any...".
 */
class TimelineFiltersFitTest extends WithTheApp {

    @Test
    void theSearchAndChoicesKeepTheirWidthAt1024() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1024, 768);
        press("#nav-timeline");
        TextField search = waitFor("#timeline-search");
        Label count = lookup("#timeline-count").query();
        waitUntil("the timeline is read", () -> count.getText().contains("entries"));
        interact(() -> search.setText("Sep"));
        waitUntil("the search narrows the list", () -> count.getText().startsWith("Showing"));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        ComboBox<?> period = lookup("#timeline-period").query();
        ComboBox<?> kind = lookup("#timeline-kind").query();
        interact(() -> {
            assertTrue(search.getWidth() >= search.prefWidth(-1) - 0.5, "the search field is " + search.getWidth()
                    + " px, less than the " + search.prefWidth(-1) + " px it needs");
            assertTrue(period.getWidth() >= period.prefWidth(-1) - 0.5, "the period is cut: " + period.getWidth());
            assertTrue(kind.getWidth() >= kind.prefWidth(-1) - 0.5, "the kind is cut: " + kind.getWidth());
            assertTrue(count.getWidth() >= count.prefWidth(-1) - 0.5, "the count is cut");
            double right = count.localToScene(count.getLayoutBounds()).getMaxX();
            assertTrue(right <= window().getScene().getWidth(), "the count is past the window's edge: " + right);
        });
    }
}
