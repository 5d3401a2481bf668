package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the parent sees around a backup and a restore: the progress bar, and whether a password is asked for. */
class BackupProgressTest {

    @TempDir
    Path temp;

    private record Update(long done, long total, String step) {
    }

    @Test
    @DisplayName("A backup made without a password is restored without asking for one, and its list reads back")
    void noPasswordAsked() throws Exception {
        RecordsSafety.BackupResult made;
        try (Records records = Records.withCase(temp.resolve("data"))) {
            made = records.safety.backUpTo(temp, Progress.NONE);
        }
        assertFalse(BackupRestore.needsPassword(made.file()));
        assertEquals(made.manifest(), BackupRestore.readManifest(made.file()), "what \"Restore the backup made on\" shows");
    }

    @Test
    @DisplayName("Backing up shows the records being copied, then moves forward only, to exactly the whole size")
    void backupProgressClimbsToTheTotal() throws Exception {
        List<Update> updates = new ArrayList<>();
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.addDocument("statement.pdf", Records.randomBytes(40_000, 1));
            records.addDocument("photo.jpg", Records.randomBytes(90_000, 2));
            RecordsSafety.BackupResult result = records.safety.backUpTo(temp,
                    (done, total, step) -> updates.add(new Update(done, total, step)));
            BackupManifest manifest = result.manifest();
            assertEquals(2, manifest.documentCount());
            assertEquals(records.safety.fingerprint(), manifest.fingerprint());
            long total = manifest.totalBytes();
            assertEquals(new Update(0, -1, "Copying your records"), updates.get(0));
            assertEquals(new Update(total, total, "Saving the backup"), updates.get(updates.size() - 1));
            long database = manifest.files().stream().filter(f -> f.name().equals(BackupManifest.DATABASE_ENTRY))
                    .findFirst().orElseThrow().size();
            assertTrue(updates.contains(new Update(database, total, "Copying your records")), updates.toString());
            long before = 0;
            for (Update update : updates.subList(1, updates.size() - 1)) {
                assertEquals(total, update.total(), updates.toString());
                assertTrue(update.done() > before, updates.toString());
                before = update.done();
            }
            assertEquals(total, before);
            assertEquals(1, updates.stream().filter(u -> u.step().equals("Copying your documents")
                    && u.done() == total).count(), updates.toString());
        }
    }

    @Test
    @DisplayName("Checking a backup moves the progress bar forward only, to exactly the whole size")
    void progressClimbsToTheTotal() throws Exception {
        Path backup;
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.addDocument("statement.pdf", Records.randomBytes(40_000, 1));
            records.addDocument("photo.jpg", Records.randomBytes(90_000, 2));
            backup = records.safety.backUpTo(temp, Progress.NONE).file();
        }
        List<Update> updates = new ArrayList<>();
        BackupRestore.Restored restored = BackupRestore.restore(backup, temp.resolve("elsewhere"), Records.CLOCK,
                (done, total, step) -> updates.add(new Update(done, total, step)));
        long total = restored.manifest().totalBytes();
        List<Update> checking = updates.stream().filter(u -> u.step().equals("Checking the backup")).toList();
        assertEquals(3, checking.size(), updates.toString());
        long before = 0;
        for (Update update : checking) {
            assertEquals(total, update.total());
            assertTrue(update.done() > before, updates.toString());
            before = update.done();
        }
        assertEquals(total, before);
        assertTrue(total > 130_000, "the database and both documents: " + total);
        assertTrue(Files.isDirectory(temp.resolve("elsewhere")));
    }
}
