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

/** Where "Back up now" may save: folders are made as needed; a file standing where a folder must go is named. */
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
