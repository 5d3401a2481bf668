package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;

/**
 * The parent scrolls down the Overview, goes to another page and comes back: the Overview is where they left it,
 * after its figures and to-dos have been read again, not back at the top.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewScrollKeptTest extends AppRobot {

    @TempDir
    Path data;
    private Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private ScrollPane overview() {
        return lookup("#page-overview").query();
    }

    @Test
    void theOverviewIsWhereTheParentLeftItOnComingBack() {
        SampleFolders.fill(data);
        startup = startOn(data);
        waitFor("#overview-todo-0");
        ScrollPane page = overview();
        waitUntil("the page is taller than the window", () -> page.getContent().getLayoutBounds().getHeight()
                > page.getViewportBounds().getHeight() + 200);
        // Half way down, as the parent's scrolling would leave it.
        interact(() -> page.setVvalue(0.5));
        double left = interactAndGet(page::getVvalue);

        press("#nav-payments");
        waitFor("#page-payments");
        press("#nav-overview");
        waitFor("#overview-todo-0");
        // Read again each time it is shown: wait until nothing is running, so that reading is on screen.
        waitUntil("the Overview's reading is done", () -> lookup("#work-status").query().getPseudoClassStates()
                .stream().noneMatch(state -> state.getPseudoClassName().equals("busy")));
        waitUntil("laid out", () -> page.getScene() != null && !page.isNeedsLayout());
        assertTrue(interactAndGet(page::getVvalue) > 0.2, "not back at the top: " + page.getVvalue());
        assertEquals(left, interactAndGet(page::getVvalue), 0.001, "where the parent left it");
    }
}
