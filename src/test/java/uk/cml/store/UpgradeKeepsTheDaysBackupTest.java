package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Call;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.RecordsSafety;

/**
 * Reviewer's find: the day's automatic backup made by the app before an upgrade was overwritten, the same day, by the
 * backup made after it, so the list of backups lost the only one of the records as the earlier version kept them
 * (the upgrade's .db copy is not in that list). A backup made by an earlier schema is never made again over: the new
 * one goes beside it. Real SQLite files in a temp folder.
 */
class UpgradeKeepsTheDaysBackupTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("Backed up at V025, upgraded the same day, changed and backed up again: both backups are kept")
    void theDaysBackupFromBeforeTheUpgradeStays() throws Exception {
        OlderRecordsFile.makeAt(folder, 25, s -> { });
        Path first;
        try (Database old = OlderRecordsFile.openAsItWas(folder, 25)) {
            RecordsSafety safety = new RecordsSafety(old, new SettingsStore(old), folder, DatabaseTest.CLOCK, "old");
            safety.keepAnchor();
            first = safety.backUpIfDue().orElseThrow().file();
        }
        assertEquals(25, schemaIn(first));

        try (Database database = OlderRecordsFile.openUpgraded(folder, 25)) {
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), folder,
                    DatabaseTest.CLOCK, "new");
            new CallStore(database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK).add(new Call(0, 1,
                    CallToldMissedPaymentsStoreTest.NOW.minusDays(1), uk.cml.domain.evidence.CallDirection.I_CALLED,
                    "0800 171 2345", "Priya", "Arrears team", "", "Called after the upgrade", "", Optional.empty(),
                    "", Optional.empty(), false, false, null, Optional.empty()));
            Path second = safety.backUpIfDue().orElseThrow().file();

            assertNotEquals(first, second, "the new backup goes beside the day's first one");
            assertTrue(Files.exists(first));
            assertEquals(25, schemaIn(first), "the day's backup still holds the records as V025 kept them");
            assertEquals(Migrations.latestVersion(), schemaIn(second));
            assertEquals(List.of("Automatic backup 2026-11-22 (2).zip", "Automatic backup 2026-11-22.zip"),
                    safety.automaticBackups().stream().map(p -> p.getFileName().toString()).toList(),
                    "both in the list of backups, newest first");

            new CallStore(database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK).add(new Call(0, 1,
                    CallToldMissedPaymentsStoreTest.NOW, uk.cml.domain.evidence.CallDirection.I_CALLED,
                    "0800 171 2345", "Priya", "Arrears team", "", "Called again", "", Optional.empty(), "",
                    Optional.empty(), false, false, null, Optional.empty()));
            assertEquals(second, safety.backUpIfDue().orElseThrow().file(),
                    "a backup made by this version is made again as the day goes on, as before");
            assertEquals(2, safety.automaticBackups().size());
            assertEquals(25, schemaIn(first));
        }
    }

    private static int schemaIn(Path backup) throws Exception {
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            String text = new String(zip.getInputStream(zip.getEntry(BackupManifest.ENTRY_NAME)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().filter(l -> l.startsWith("schema-version: ")).findFirst()
                    .map(l -> Integer.parseInt(l.substring("schema-version: ".length()).strip())).orElseThrow();
        }
    }
}
