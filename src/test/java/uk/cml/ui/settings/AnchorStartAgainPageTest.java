package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.safety.RecordsAnchor;
import uk.cml.ui.AppRobot;

/**
 * The anchor deleted from records that had one: told at start, named by Check records with a way on for a parent
 * sure these are their newest records, which is asked first and then said by every check.
 */
@ExtendWith(ApplicationExtension.class)
class AnchorStartAgainPageTest extends AppRobot {

    @TempDir
    Path dataFolder;
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

    private String label(String id) {
        return interactAndGet(() -> ((Label) lookup(id).query()).getText());
    }

    private String findings() {
        return interactAndGet(() -> ((TextArea) lookup("#settings-check-findings").query()).getText());
    }

    private boolean startAgainShown() {
        return interactAndGet(() -> lookup("#settings-anchor-start-again").query().isVisible());
    }

    @Test
    void anchorLostThenStartedAgain() throws Exception {
        SampleFolders.fill(dataFolder);
        Files.delete(dataFolder.resolve(RecordsAnchor.FILE_NAME));
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        DialogPane notes = waitFor("#start-notes");
        assertTrue(interactAndGet(notes::getContentText).contains("is missing, though these records had one"),
                interactAndGet(notes::getContentText));
        interact(() -> ((Button) notes.lookupButton(ButtonType.OK)).fire());
        assertFalse(startAgainShown(), "not before a check says why");

        press("#settings-check-records");
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("1 thing does not match")
                || label("#settings-safety-status").contains("does not match"));
        assertTrue(findings().contains("is missing, though these records had one"), findings());
        assertTrue(startAgainShown());

        press("#settings-anchor-start-again");
        DialogPane question = waitFor("#anchor-start-again-question");
        Node yes = interactAndGet(() -> question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(question::lookupButton)
                .findFirst().orElseThrow());
        click(yes);
        waitUntil("checked again", () -> findings().contains("was started again from these records on"));
        assertFalse(findings().contains("is missing, though these records had one"), findings());
        assertFalse(startAgainShown(), "done: nothing more to start");
        assertTrue(Files.exists(dataFolder.resolve(RecordsAnchor.FILE_NAME)));
    }
}
