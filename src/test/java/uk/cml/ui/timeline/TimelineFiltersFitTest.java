package uk.cml.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * A reviewer searched the Timeline for "Sep" at 1024 x 768: with "Showing 2 of 41 entries" beside them, the search
 * field shrank to nothing (what was typed could not be read) and the period read "Any...".
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFiltersFitTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void theSearchAndChoicesKeepTheirWidthAt1024() throws Exception {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1024);
            window().setHeight(768);
        });
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
