package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.FilePicker;

/**
 * The app's own start, as {@link Window} makes it: the records opened before JavaFX was asked for the window
 * ({@link RecordsAhead}), handed over once ({@link LaunchHandover}), shown in the window, and closed with it (the
 * day's backup made).
 */
@ExtendWith(ApplicationExtension.class)
class WindowCloseTest extends AppRobot {

    @TempDir
    Path temp;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own, made below.
    }

    @Test
    void recordsOpenedAheadShowInTheWindowAndCloseWithIt() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        LaunchHandover.give(new StartupTimes(), RecordsAhead.start(data, CLOCK, new StartupTimes()));
        LaunchHandover given = LaunchHandover.take().orElseThrow();
        assertTrue(LaunchHandover.take().isEmpty(), "handed over once only");
        Startup[] startup = new Startup[1];
        Stage[] stage = new Stage[1];

        interact(() -> {
            stage[0] = new Stage();
            startup[0] = new Startup(stage[0], data, CLOCK, folder -> { }, "overview", FilePicker.system(),
                    given.times(), given.ahead());
            startup[0].begin();
        });
        Label owed = waitFor("#overview-owed");
        assertFalse(owed.getText().isBlank(), "the Overview shows what is owed");

        interact(() -> {
            startup[0].shutdown();
            stage[0].close();
        });

        assertTrue(Files.list(data.resolve("backups")).anyMatch(f -> f.getFileName().toString()
                .startsWith("Automatic backup")), "the day's backup was made as the window closed");
        try (AppServices next = AppServices.open(data, CLOCK)) {
            assertEquals(1, next.cases.cases().size(), "the records were let go: the next start opens them");
        }
    }
}
