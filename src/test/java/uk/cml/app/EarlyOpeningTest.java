package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.store.Database;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.FilePicker;

/**
 * The records opened from {@code main} while JavaFX starts ({@link EarlyOpening}): the window takes them, and every
 * way an opening can end reaches the parent as it did when the window opened the records itself.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyOpeningTest extends AppRobot {

    @TempDir
    Path temp;
    private Startup startup;
    private Stage window;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @AfterEach
    void close() {
        if (startup != null) {
            interact(() -> {
                startup.shutdown();
                window.close();
            });
        }
    }

    private Startup openWindow(Path data) {
        Optional<EarlyOpening> early = EarlyOpening.take(data);
        assertTrue(early.isPresent(), "the window takes the opening started for its folder");
        interact(() -> {
            window = new Stage();
            startup = new Startup(window, data, CLOCK, folder -> { }, "overview", FilePicker.system(), early);
            startup.begin();
        });
        return startup;
    }

    private String label(String id) {
        return ((Label) lookup(id).query()).getText();
    }

    @Test
    void theWindowShowsTheOverviewFromRecordsOpenedBeforeJavaFxStarted() {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        EarlyOpening.start(data, CLOCK, "overview");

        assertTrue(EarlyOpening.take(temp.resolve("another")).isEmpty(), "only for the folder it opened");
        openWindow(data);
        assertTrue(EarlyOpening.take(data).isEmpty(), "taken once");

        waitFor("#overview-owed");
        assertFalse(label("#overview-owed").isBlank());
    }

    @Test
    void aSecondCopyOpeningEarlyIsToldTheRecordsAreAlreadyOpenAndAsksTheFirstForward() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        try (AppServices first = AppServices.open(data, CLOCK)) {
            Files.writeString(data.resolve(".window-open"), "the first copy's window");
            EarlyOpening.start(data, CLOCK, "overview");
            openWindow(data);

            waitFor("#already-open");
            assertEquals("Child Maintenance Log is already open", label("#already-open"));
            assertTrue(Files.exists(data.resolve(".bring-window-forward")), "the first copy was asked forward");
            assertEquals(1, first.cases.cases().size(), "the first copy still works");
        }
    }

    @Test
    void recordsHeldByACommandWithNoWindowAreCalledBusy() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        try (SingleInstanceLock command = SingleInstanceLock.tryAcquire(data).orElseThrow()) {
            EarlyOpening.start(data, CLOCK, "overview");
            openWindow(data);

            waitFor("#records-busy");
            assertTrue(lookup("#already-open").tryQuery().isEmpty());
        }
    }

    @Test
    void recordsFromANewerVersionAreRefusedWithItsMessageAndLeftAsTheyWere() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        Path file = data.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);
        EarlyOpening.start(data, CLOCK, "overview");
        openWindow(data);

        waitFor("#startup-problem");
        assertTrue(label("#startup-problem").contains("newer version"), label("#startup-problem"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the records are untouched");
    }

    @Test
    void aFileThatIsNotTheRecordsIsRefusedWithItsMessage() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(Database.FILE_NAME), "These are my holiday photos, honestly");
        EarlyOpening.start(data, CLOCK, "overview");
        openWindow(data);

        waitFor("#startup-problem");
        assertTrue(label("#startup-problem").contains("not a Child Maintenance Log database"),
                label("#startup-problem"));
    }

    @Test
    void olderRecordsAreCopiedAsideBeforeTheEarlyOpeningUpgradesThem() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Path file = data.resolve(Database.FILE_NAME);
        int older = Database.latestSchemaVersion() - 1;
        try (Database previous = Database.reference(older, CLOCK, uk.cml.safety.JournalTriggers::install)) {
            previous.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('kept', 'yes')");
                }
                return null;
            });
            previous.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + file); // SQLite's online backup, as sqlite-jdbc offers it
                }
                return null;
            });
        }
        EarlyOpening early = EarlyOpening.start(data, CLOCK, "overview");

        RecordsOpening opened = early.opened().orElseThrow();
        try {
            assertEquals(Optional.of("yes"), opened.services().settings.get("kept"));
            try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
                assertTrue(backups.anyMatch(b -> b.getFileName().toString().startsWith("before-upgrade-v" + older + "-to-v")),
                        "copied aside before the upgrade");
            }
        } finally {
            early.closeUntaken();
        }
    }

    @Test
    void recordsOpenedForAWindowThatNeverCameAreClosedAgain() throws Exception {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        EarlyOpening early = EarlyOpening.start(data, CLOCK, "overview");

        early.closeUntaken();

        assertTrue(EarlyOpening.take(data).isEmpty());
        try (AppServices again = AppServices.open(data, CLOCK)) {
            assertEquals(1, again.cases.cases().size(), "the records are free for the next copy");
        }
    }

    @Test
    void onlyLinuxWithNoDisplayNamedHasNoScreen() {
        assertFalse(Main.mayHaveAScreen("Linux", Map.of()));
        assertFalse(Main.mayHaveAScreen("Linux", Map.of("DISPLAY", " ")));
        assertTrue(Main.mayHaveAScreen("Linux", Map.of("DISPLAY", ":0")));
        assertTrue(Main.mayHaveAScreen("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertTrue(Main.mayHaveAScreen("Windows 11", Map.of()));
        assertTrue(Main.mayHaveAScreen("Mac OS X", Map.of()));
    }
}
