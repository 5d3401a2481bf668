package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.safety.RecordsSafety;
import uk.cml.ui.AppRobot;

/**
 * Found in the Settings audit: words typed into "Keep the newest N automatic backups" threw on the JavaFX thread
 * (a stack trace, nothing said), and an empty box gave no number, which failed the save with "Something went wrong".
 * Each is now said beside the box and the number kept stays; a number from 1 to 100 is saved.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsKeptPageTest extends AppRobot {

    @TempDir
    Path dataFolder;
    private Startup startup;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @AfterEach
    void close() {
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        if (startup != null) {
            stop(startup);
        }
    }

    private void enter(Spinner<Integer> keep, String typed) {
        interact(() -> {
            keep.getEditor().setText(typed);
            keep.getEditor().requestFocus();
        });
        type(KeyCode.ENTER);
    }

    private String problem() {
        return interactAndGet(() -> lookup("#settings-backups-kept-error").queryLabeled().getText());
    }

    @Test
    void whatIsNotANumberFromOneToAHundredIsSaidBesideTheBoxAndNothingIsThrown() {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        interact(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        });
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        Spinner<Integer> keep = waitFor("#settings-backups-kept");
        String message = "Type a whole number from 1 to 100. Until you do, the newest 10 are kept.";

        for (String typed : new String[] {"abc", "", "99999999999", "0"}) {
            enter(keep, typed);
            waitUntil("'" + typed + "' is explained", () -> message.equals(problem()));
            assertEquals(10, interactAndGet(keep::getValue), typed);
            enter(keep, "10");
            waitUntil("the message goes with a number", () -> !lookup("#settings-backups-kept-error").query()
                    .isVisible());
        }
        assertEquals(List.of(), thrown);

        enter(keep, "7");
        waitUntil("the message goes", () -> !lookup("#settings-backups-kept-error").query().isVisible());
        assertEquals(7, interactAndGet(keep::getValue));
        assertFalse(interactAndGet(() -> lookup("#settings-safety-status").queryLabeled().getText())
                .startsWith("Something went wrong"));
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(Optional.of("7"), services.settings.get(RecordsSafety.KEEP_SETTING));
        }
        assertEquals(List.of(), thrown);
    }
}
