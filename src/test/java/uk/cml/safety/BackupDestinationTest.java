package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.StoreException;

/** Where "Back up now" may save (folders made as needed, a file in the way named), and the anchor after it. */
class BackupDestinationTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("A backup saved into folders that do not exist yet makes them, and reads back")
    void makesTheFolders() throws Exception {
        Path target = temp.resolve("usb").resolve("2026").resolve("November").resolve("records.zip");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            assertEquals(target, records.safety.backUpTo(target, Progress.NONE).file());
        }
        assertTrue(Files.isRegularFile(target));
        assertTrue(BackupRestore.readManifest(target).schemaVersion() > 0);
    }

    @Test
    @DisplayName("After a backup the anchor beside the records has moved on to the journal's newest entry")
    void anchorKeptAfterABackup() throws Exception {
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.addPayment("2025-06-01", 2_500, "Since the records opened", "2025-06-01T09:00");
            records.safety.backUpTo(temp.resolve("backup.zip"), Progress.NONE);
            assertEquals(RecordsAnchor.of(records.safety.fingerprint()).format(),
                    Files.readString(temp.resolve("data").resolve(RecordsAnchor.FILE_NAME)));
        }
    }

    @Test
    @DisplayName("A file where a folder must go is named in the refusal, and nothing is written")
    void fileInTheWay() throws Exception {
        Path file = Files.writeString(temp.resolve("usb"), "a file, not a folder");
        Path target = file.resolve("backups").resolve("records.zip");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> records.safety.backUpTo(target, Progress.NONE));
            assertEquals("The backup cannot be saved at " + target + " because " + file + " is a file, not a folder. "
                    + "Choose a folder to save it in.", refused.getMessage());
        }
        assertEquals("a file, not a folder", Files.readString(file));
    }
}
