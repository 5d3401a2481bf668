package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.StoreException;

class AppServicesTest {

    @TempDir
    Path folder;

    @Test
    void aSecondCopyOnTheSameFolderIsToldClearly() {
        Path data = folder.resolve("records");
        try (AppServices first = AppServices.open(data, Clock.systemUTC())) {
            StoreException refused = assertThrows(StoreException.class, () -> AppServices.open(data, Clock.systemUTC()));
            assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
            assertTrue(first.cases.cases().isEmpty(), "the first copy carries on");
        }
        try (AppServices again = AppServices.open(data, Clock.systemUTC())) {
            assertTrue(again.cases.cases().isEmpty(), "the folder is free once the first copy closes");
        }
    }

    @Test
    void theDataFolderIsCreatedForItsOwnerOnly() throws Exception {
        Path data = folder.resolve("new").resolve("records");
        AppServices.open(data, Clock.systemUTC()).close();
        assertTrue(Files.isDirectory(data));
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        }
    }

    @Test
    void dataFolderFollowsEachOperatingSystemsConvention() {
        Path home = Path.of("/home/sam");
        assertEquals(Path.of("/home/sam/.local/share/child-maintenance-log"),
                DataFolder.choose(Optional.empty(), Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/child-maintenance-log"),
                DataFolder.choose(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/home/sam/Library/Application Support/Child Maintenance Log"),
                DataFolder.choose(Optional.empty(), Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/appdata/Child Maintenance Log"),
                DataFolder.choose(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 11", home));
        assertEquals(Path.of("/env/dir"),
                DataFolder.choose(Optional.empty(), Map.of("CML_DATA_DIR", "/env/dir"), "Linux", home));
        assertEquals(Path.of("/arg/dir"),
                DataFolder.choose(Optional.of("/arg/dir"), Map.of("CML_DATA_DIR", "/env/dir"), "Linux", home));
    }

    @Test
    void homeFollowsTheHomeVariableExceptOnWindows() {
        assertEquals(Path.of("/tmp/fresh"), DataFolder.home(Map.of("HOME", "/tmp/fresh"), "Linux", "/root"));
        assertEquals(Path.of("/root"), DataFolder.home(Map.of(), "Linux", "/root"));
        assertEquals(Path.of("C:\\Users\\sam"), DataFolder.home(Map.of("HOME", "/x"), "Windows 11", "C:\\Users\\sam"));
    }

    @Test
    void sampleDataFillsAnEmptyFolderAndRefusesOneWithRecords() {
        Path data = folder.resolve("sample");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine command = CommandLine.parse(List.of("sample-data", "--data-dir", data.toString(), "--years", "2"));
        assertEquals(0, Main.run(command, print(out), print(err)), err.toString(StandardCharsets.UTF_8));
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            assertEquals(1, services.cases.cases().size());
            assertEquals("Sam Taylor", services.cases.myDetails().orElseThrow().fullName());
        }
        assertEquals(1, Main.run(command, print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already has records"));
    }

    @Test
    void badCommandsGetAPlainAnswerAndANonZeroExit() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(CommandLine.parse(List.of("make-tea")), print(new ByteArrayOutputStream()), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no command called 'make-tea'"));
        assertEquals(1, Main.run(CommandLine.parse(List.of("sample-data")), print(new ByteArrayOutputStream()),
                print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--data-dir"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(CommandLine.parse(List.of("--help")), print(out), print(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("sample-data --data-dir DIR"));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    /**
     * A brand-new data folder's log said "Made the automatic backup missed when the app last stopped" though the app
     * had never run on it: the records made by this start have missed nothing. Records there before, changed since
     * their last backup (the app stopped, not closed), still get it.
     */
    @Test
    void aBrandNewFolderHasMissedNoBackup() throws Exception {
        Path data = folder.resolve("new");
        try (AppServices first = AppServices.open(data, Clock.systemUTC())) {
            assertEquals(Optional.empty(), first.backUpMissedAtLastStop(), "never ran before: nothing missed");
            first.settings.put("test.changed", "yes"); // then stopped without its backup at close
        }
        assertTrue(!Files.exists(data.resolve("backups")) || listed(data.resolve("backups")).isEmpty(),
                "no backup made for a first start");
        try (AppServices again = AppServices.open(data, Clock.systemUTC())) {
            assertTrue(again.backUpMissedAtLastStop().isPresent(), "ran before and stopped: the missed backup is made");
        }
    }

    private static List<Path> listed(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
