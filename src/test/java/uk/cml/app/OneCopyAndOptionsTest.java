package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One copy at a time, even with app.lock deleted; and options that are wrong are refused, never guessed. */
class OneCopyAndOptionsTest {

    @TempDir
    Path temp;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void sampleRecords() {
        data = temp.resolve("data");
        SampleFolders.fill(data);
    }

    private int run(String... args) {
        out.reset();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), both, both);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("with app.lock deleted under a running copy, a second copy (another process) is still refused")
    void deletedLockFile() throws Exception {
        try (AppServices running = AppServices.open(data, Clock.systemUTC())) {
            Files.delete(data.resolve("app.lock"));
            ChildJvm.Ended second = ChildJvm.run(Main.class, "restore", "--from", temp.resolve("none.zip").toString(),
                    "--data-dir", data.toString());
            assertEquals(1, second.exitCode(), second.output());
            ChildJvm.Ended backup = ChildJvm.run(Main.class, "backup", "--to", temp.resolve("b.zip").toString(),
                    "--data-dir", data.toString());
            assertEquals(1, backup.exitCode(), backup.output());
            assertTrue(backup.output().contains("Child Maintenance Log is open on the records in"), backup.output());
            assertFalse(backup.output().contains("Exception"), "no stack trace: " + backup.output());
            assertFalse(Files.exists(temp.resolve("b.zip")));
            assertTrue(running.cases.cases().size() == 1, "the running copy still works");
        }
        assertEquals(0, run("backup", "--to", temp.resolve("b.zip").toString(), "--data-dir", data.toString()), said());
    }

    @Test
    @DisplayName("a mistyped option or an empty --data-dir is refused, naming the option meant")
    void options() {
        assertEquals(2, run("verify", "--datadir", data.toString()), said());
        assertTrue(said().contains("There is no option --datadir for verify. Did you mean --data-dir?"), said());
        assertEquals(2, run("verify", "--data-dir", ""), said());
        assertTrue(said().contains("--data-dir needs a folder, and the one given was empty."), said());
        assertEquals(2, run("--datadir", data.toString()), said());
        assertTrue(said().contains("when starting the window"), said());
        assertEquals(2, run("backup", "--to", "x.zip", "--pasword-file", "p.txt"), said());
        assertTrue(said().contains("Did you mean --password-file?"), said());
    }

    @Test
    @DisplayName("backup --to inside a file (/proc/version/x.zip) says the true reason")
    void backupIntoAFile() throws Exception {
        Path file = temp.resolve("version");
        Files.writeString(file, "not a folder");
        assertEquals(1, run("backup", "--to", file.resolve("x.zip").toString(), "--data-dir", data.toString()), said());
        assertTrue(said().contains("because " + file + " is a file, not a folder"), said());
        if (Files.isRegularFile(Path.of("/proc/version"))) {
            assertEquals(1, run("backup", "--to", "/proc/version/x.zip", "--data-dir", data.toString()), said());
            assertTrue(said().contains("/proc/version is a file, not a folder"), said());
        }
    }

    @Test
    @DisplayName("backup --password-file protects the backup; restore needs the same file, and says so without it")
    void passwordFile() throws Exception {
        Path password = temp.resolve("password.txt");
        Files.writeString(password, "a long passphrase\n");
        Path backup = temp.resolve("locked.zip");
        assertEquals(0, run("backup", "--to", backup.toString(), "--password-file", password.toString(), "--data-dir",
                data.toString()), said());
        assertTrue(said().contains("protected with your password"), said());
        Path other = temp.resolve("other");
        assertEquals(1, run("restore", "--from", backup.toString(), "--data-dir", other.toString()), said());
        assertTrue(said().contains("is protected with a password. Give it with --password-file FILE"), said());
        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase\n");
        assertEquals(1, run("restore", "--from", backup.toString(), "--password-file", wrong.toString(), "--data-dir",
                other.toString()), said());
        assertTrue(said().contains("That password does not open the backup"), said());
        assertEquals(0, run("restore", "--from", backup.toString(), "--password-file", password.toString(),
                "--data-dir", other.toString()), said());
        assertEquals(0, run("verify", "--data-dir", other.toString()), said());
        assertFalse(Files.readString(backup.resolveSibling("locked.zip").toAbsolutePath(), StandardCharsets.ISO_8859_1)
                .contains("a long passphrase"), "the password is never stored");
    }
}
