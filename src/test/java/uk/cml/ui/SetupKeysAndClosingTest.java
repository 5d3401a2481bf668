package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;

/**
 * First-run set-up by keyboard: Tab from the last answer reaches Next (then Back, then "Close for now"), and Enter
 * there moves on rather than asking about closing. Closing the window during set-up keeps the answers for next
 * time, as "Close for now" does.
 */
@ExtendWith(ApplicationExtension.class)
class SetupKeysAndClosingTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private String focusedId() {
        return interactAndGet(() -> {
            Node owner = window().getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    @Test
    void tabFromTheLastAnswerReachesNextFirstAndEnterThereMovesOn() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "LS6 2AB");
        type("#my-ni-number", "");
        type(KeyCode.TAB);
        assertEquals("setup-next", focusedId(), "Tab from the last answer goes to Next");
        type(KeyCode.TAB);
        assertEquals("setup-cancel", focusedId(), "then Close for now (Back is not offered on the first step)");
        press("#my-ni-number");
        type(KeyCode.TAB);
        type(KeyCode.ENTER);
        waitFor("#other-name");
        assertFalse(lookup("#setup-cancel-bar").tryQuery().map(Node::isVisible).orElse(false),
                "Enter moved on, and did not ask about closing");
        type("#other-name", "Jordan Reed");
        type(KeyCode.TAB);
        // The other parent's last question, then Next before Back.
        while (!"setup-next".equals(focusedId()) && !"setup-back".equals(focusedId())
                && !"setup-cancel".equals(focusedId())) {
            type(KeyCode.TAB);
        }
        assertEquals("setup-next", focusedId(), "Next comes before Back and Close for now");
        type(KeyCode.TAB);
        assertEquals("setup-back", focusedId());
        type(KeyCode.TAB);
        assertEquals("setup-cancel", focusedId());
    }

    @Test
    void closingTheWindowDuringSetUpKeepsTheAnswersForNextTime() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        interact(() -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("the window closes", () -> !window().isShowing());
        stop(startup);
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        assertEquals("Sam Taylor", text("#my-name"), "the answer typed before closing is back");
    }
}
