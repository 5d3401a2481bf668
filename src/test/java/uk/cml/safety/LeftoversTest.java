package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a backup or restore cut off by a power cut leaves in the data folder, tidied at the next start. */
class LeftoversTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("A restore stopped while unpacking is removed and the parent told their records are as before; "
            + "copies made for a backup and half-written files go; everything else stays")
    void tidiesWhatWasCutOff() throws Exception {
        Path unpacked = Files.createDirectories(data.resolve(".restoring-2026-11-22-101500").resolve("documents"));
        Files.write(unpacked.resolve("photo.jpg"), new byte[5_000]);
        Path copy = Files.write(data.resolve(".backup-1234.db"), new byte[3_000]);
        Path anchorNew = Files.writeString(data.resolve(RecordsAnchor.FILE_NAME + ".new"), "half");
        Path intentNew = Files.writeString(data.resolve(RestoreJournal.INTENT + ".new"), "half");
        Path backups = Files.createDirectories(data.resolve(AutomaticBackups.FOLDER));
        Path partial = Files.write(backups.resolve("Child Maintenance Log backup 2026-11-21.zip.partial"), new byte[700]);
        List<Path> kept = List.of(
                Files.writeString(data.resolve(".backup-notes.txt"), "not a database copy"),
                Files.writeString(data.resolve("letter.new"), "a parent's own file"),
                Files.write(backups.resolve("Child Maintenance Log backup 2026-11-20.zip"), new byte[10]),
                Files.createDirectories(data.resolve("restoring-photos")));

        assertEquals(List.of("A restore was stopped before it changed anything: your records are as they were "
                + "before it."), Leftovers.tidy(data));

        for (Path gone : List.of(unpacked.getParent(), copy, anchorNew, intentNew, partial)) {
            assertFalse(Files.exists(gone), gone + " should be gone");
        }
        for (Path stays : kept) {
            assertTrue(Files.exists(stays), stays + " should stay");
        }
        assertEquals(List.of(), Leftovers.tidy(data), "nothing more to tell at the next start");
    }

    @Test
    @DisplayName("A backup still being written (its file locked) is left alone, and nothing is said")
    void leavesABackupBeingWritten() throws Exception {
        Path backups = Files.createDirectories(data.resolve(AutomaticBackups.FOLDER));
        Path partial = Files.write(backups.resolve("Child Maintenance Log backup 2026-11-22.zip.partial"), new byte[9]);
        try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE);
             FileLock writing = file.lock()) {
            assertEquals(List.of(), Leftovers.tidy(data));
            assertTrue(Files.exists(partial));
        }
    }
}
