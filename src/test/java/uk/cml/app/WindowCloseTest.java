package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;

/**
 * The app's own start, as {@link Window} makes it: records opened before JavaFX was asked for the window, shown in it,
 * and closed with it (the day's backup made) before the app ends.
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
        StartupTimes times = new StartupTimes();
        RecordsAhead ahead = RecordsAhead.start(data, CLOCK, times);
        AtomicBoolean closed = new AtomicBoolean();
        Stage[] stage = new Stage[1];

        interact(() -> {
            stage[0] = new Stage();
            new CmlApplication(CommandLine.parse(List.of("--data-dir", data.toString())), data, CLOCK, times, ahead,
                    () -> closed.set(true)).start(stage[0]);
        });
        Label owed = waitFor("#overview-owed");
        assertFalse(owed.getText().isBlank(), "the Overview shows what is owed");

        interact(() -> stage[0].hide());

        assertTrue(closed.get(), "the app is told the window closed, after the records closed");
        assertTrue(Files.list(data.resolve("backups")).anyMatch(f -> f.getFileName().toString()
                .startsWith("Automatic backup")), "the day's backup was made as the window closed");
        try (AppServices next = AppServices.open(data, CLOCK)) {
            assertEquals(1, next.cases.cases().size(), "the records were let go: the next start opens them");
        }
    }
}
