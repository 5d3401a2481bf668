package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a start asks whether the records changed since the newest automatic backup (to make the one missed when
 * the app was stopped) without opening that backup's zip. What it needs is noted beside the records when the backup is
 * made and read back; the zip is opened only when the note is missing or no longer matches the backup's bytes.
 */
class StartReadsNoZipTest {

    @TempDir
    Path data;

    private static final Clock NEXT_DAY = Clock.offset(Records.CLOCK, Duration.ofDays(1));

    @Test
    @DisplayName("A start with an up-to-date backup tells nothing was missed without zip4j on the class path")
    void aStartNeedsNoZip() throws Exception {
        try (Records records = Records.withCase(data)) {
            records.safety.backUpIfDue().orElseThrow();
        }
        assertTrue(Files.isRegularFile(data.resolve(BackupNote.FILE_NAME)), "noted when made");
        assertEquals(Boolean.FALSE, withoutZip4j(AtStart.class, data), "nothing missed, told without the zip");

        // The same loader does fail where a zip must be opened (the note gone): the test can tell.
        Files.delete(data.resolve(BackupNote.FILE_NAME));
        Throwable failed = assertThrows(Throwable.class, () -> withoutZip4j(AtStart.class, data));
        assertTrue(String.valueOf(failed).contains("zip4j") || String.valueOf(failed.getCause()).contains("zip4j"),
                String.valueOf(failed));
    }

    @Test
    @DisplayName("A backup with no note (made before notes) is read once at start and then noted")
    void aBackupWithoutANoteIsReadAndNoted() throws Exception {
        try (Records records = Records.withCase(data)) {
            records.safety.backUpIfDue().orElseThrow();
        }
        Files.delete(data.resolve(BackupNote.FILE_NAME));
        try (Records next = Records.open(data, NEXT_DAY)) {
            assertTrue(next.safety.backUpIfMissed().isEmpty(), "read from the zip: nothing missed");
        }
        assertTrue(Files.isRegularFile(data.resolve(BackupNote.FILE_NAME)), "noted for the next start");
        assertEquals(Boolean.FALSE, withoutZip4j(AtStart.class, data));
    }

    @Test
    @DisplayName("A backup damaged after it was noted is not trusted: the start reads it, and makes one beside it")
    void aBackupDamagedAfterItsNoteIsNotTrusted() throws Exception {
        Path made;
        try (Records records = Records.withCase(data)) {
            made = records.safety.backUpIfDue().orElseThrow().file();
        }
        long size = Files.size(made);
        try (var channel = java.nio.channels.FileChannel.open(made, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {0x55, 0x55, 0x55, 0x55}), size - 30);
        }
        assertEquals(size, Files.size(made), "same size, changed bytes");
        try (Records next = Records.open(data, NEXT_DAY)) {
            assertTrue(next.safety.backUpIfMissed().isPresent(), "a fresh backup beside the damaged one");
            assertEquals(List.of("Automatic backup 2026-11-22 (2).zip", "Automatic backup 2026-11-22.zip"),
                    next.safety.automaticBackups().stream().map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    @DisplayName("A note of one backup says nothing of another, nor survives a damaged line")
    void theNoteOnlyVouchesForItsOwnBackup() throws Exception {
        try (Records records = Records.withCase(data)) {
            records.safety.backUpIfDue().orElseThrow();
        }
        BackupNote note = BackupNote.read(data).orElseThrow();
        Path backups = data.resolve("backups");
        Path noted = backups.resolve(note.file());
        assertTrue(note.fingerprintOf(noted).isPresent());
        Path copy = Files.copy(noted, backups.resolve("Automatic backup 2026-11-23.zip"));
        assertFalse(note.fingerprintOf(copy).isPresent(), "another file's name");
        assertTrue(BackupNote.parse(note.format().replace("size: ", "size: x")).isEmpty());
        assertEquals(note, BackupNote.parse(note.format()).orElseThrow());
    }

    /** The start's question, as {@code Startup} asks it on its background thread once the records are open. */
    public static final class AtStart implements Function<Path, Object> {
        @Override
        public Object apply(Path folder) {
            try (Records next = Records.open(folder, NEXT_DAY)) {
                return next.safety.backUpIfMissed().isPresent();
            }
        }
    }

    /**
     * Runs {@code task} with the app's and the tests' classes loaded afresh by a loader that finds no zip4j class
     * (every other class, SQLite's and Java's, comes from this test's loader as usual).
     */
    private static Object withoutZip4j(Class<?> task, Path folder) throws Exception {
        ClassLoader parent = StartReadsNoZipTest.class.getClassLoader();
        ClassLoader loader = new ClassLoader("no-zip4j", parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    if (name.startsWith("net.lingala.zip4j.")) {
                        throw new ClassNotFoundException("zip4j is not here: " + name);
                    }
                    if (!name.startsWith("uk.cml.")) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> found = findLoadedClass(name);
                    if (found == null) {
                        URL at = parent.getResource(name.replace('.', '/') + ".class");
                        if (at == null) {
                            throw new ClassNotFoundException(name);
                        }
                        try (InputStream in = at.openStream()) {
                            byte[] bytes = in.readAllBytes();
                            found = defineClass(name, bytes, 0, bytes.length);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    if (resolve) {
                        resolveClass(found);
                    }
                    return found;
                }
            }
        };
        @SuppressWarnings("unchecked")
        Function<Path, Object> run = (Function<Path, Object>) loader.loadClass(task.getName())
                .getDeclaredConstructor().newInstance();
        try {
            return run.apply(folder);
        } catch (NoClassDefFoundError e) {
            throw new AssertionError("the start needed zip4j: " + e.getMessage(), e);
        }
    }
}
