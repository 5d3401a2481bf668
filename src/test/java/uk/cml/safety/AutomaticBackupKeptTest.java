package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.Database;

/**
 * A day's automatic backup is made again when the records only grew since it; never replaced by records whose
 * history no longer holds it (an older copy of the records put back, say), and never pruned while it is the newest
 * backup of the history the records had before.
 */
class AutomaticBackupKeptTest {

    @TempDir
    Path temp;

    private static List<String> names(Records records) {
        return records.safety.automaticBackups().stream().map(p -> p.getFileName().toString()).toList();
    }

    private static Fingerprint inside(Path backup) {
        try (BackupReader reader = new BackupReader(backup, Optional.empty())) {
            return reader.manifest().fingerprint();
        }
    }

    @Test
    @DisplayName("Older records put back the same day: the day's good backup stays, the new one goes beside it, and "
            + "keeping the newest one never removes it")
    void goodBackupNeverReplacedByWorse() throws Exception {
        Path data = temp.resolve("data");
        Path older = temp.resolve("older.db");
        try (Records records = Records.withCase(data)) {
            records.addPayment("2025-05-03", 1_000, "Before the copy", "2025-05-03T18:20");
        }
        Files.copy(data.resolve(Database.FILE_NAME), older);
        Fingerprint good;
        Path day;
        try (Records records = Records.open(data)) {
            records.addPayment("2025-06-03", 4_321, "Lost when the older copy went back", "2025-06-03T18:20");
            RecordsSafety.BackupResult made = records.safety.backUpIfDue().orElseThrow();
            good = made.manifest().fingerprint();
            day = made.file();
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(data.resolve(Database.FILE_NAME + suffix));
        }
        Files.copy(older, data.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);

        try (Records records = Records.open(data)) {
            records.addPayment("2025-07-03", 999, "Typed into the older copy", "2025-07-03T18:20");
            RecordsSafety.BackupResult missed = records.safety.backUpIfMissed().orElseThrow();
            assertEquals(good, inside(day), "the day's backup still holds the records as they were");
            assertNotEquals(day, missed.file(), "the new one is made beside it");
            assertEquals(List.of("Automatic backup 2026-11-22 (2).zip", "Automatic backup 2026-11-22.zip"),
                    names(records), "newest first");
            assertEquals(records.safety.fingerprint(), inside(missed.file()));
            assertTrue(records.safety.backUpIfMissed().isEmpty(), "made once");
            assertTrue(records.safety.backUpIfDue().isEmpty(), "nothing changed since");

            records.safety.setKeepAutomatic(1);
            for (int days = 1; days <= 2; days++) {
                Clock later = Clock.offset(Records.CLOCK, Duration.ofDays(days));
                records.addPayment("2025-08-0" + days, 100, "Later", "2025-08-03T18:20");
                new RecordsSafety(records.database, new uk.cml.store.SettingsStore(records.database), data, later,
                        "test").backUpIfDue().orElseThrow();
            }
            assertEquals(List.of("Automatic backup 2026-11-24.zip", "Automatic backup 2026-11-22.zip"), names(records),
                    "the newest kept, and the only backup of the records before the older copy went back");
            assertEquals(good, inside(day));
        }
    }

    @Test
    @DisplayName("Names with a number sort after the day's first backup, and before the next day's")
    void numberedNamesSortInOrder() throws Exception {
        AutomaticBackups automatic = new AutomaticBackups(temp);
        Files.createDirectories(automatic.folder());
        for (String name : List.of("Automatic backup 2026-11-23.zip", "Automatic backup 2026-11-22 (10).zip",
                "Automatic backup 2026-11-22 (2).zip", "Automatic backup 2026-11-22.zip")) {
            Files.writeString(automatic.folder().resolve(name), "x");
        }
        assertEquals(List.of("Automatic backup 2026-11-22.zip", "Automatic backup 2026-11-22 (2).zip",
                        "Automatic backup 2026-11-22 (10).zip", "Automatic backup 2026-11-23.zip"),
                automatic.list().stream().map(p -> p.getFileName().toString()).toList());
    }
}
