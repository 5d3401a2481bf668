package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day on which records changed gets its automatic backup even when the app was stopped (a log-off, a kill, a power
 * cut) before its backup at close: the next start makes it, under the day of the change.
 */
class MissedBackupTest {

    @TempDir
    Path data;

    private List<String> automatic(Records records) {
        return records.safety.automaticBackups().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    @DisplayName("Records changed and the app killed before closing: the next start backs up that day")
    void changesOfAKilledDayAreBackedUpAtTheNextStart() throws Exception {
        try (Records monday = Records.withCase(data)) {
            // The app was killed here: no backup at close.
            assertTrue(automatic(monday).isEmpty());
        }
        Clock tuesday = Clock.offset(Records.CLOCK, Duration.ofDays(1));
        try (Records next = Records.open(data, tuesday)) {
            assertTrue(next.safety.backUpIfMissed().isPresent(), "the missed backup made at start");
            assertEquals(List.of("Automatic backup 2026-11-22.zip"), automatic(next), "under the day of the change");
            assertTrue(next.safety.backUpIfMissed().isEmpty(), "made once: nothing has changed since");
        }
    }

    @Test
    @DisplayName("Changes after the day's backup make it again at close, so it holds the day as it ended")
    void laterChangesMakeTheDaysBackupAgain() throws Exception {
        try (Records records = Records.withCase(data)) {
            RecordsSafety.BackupResult first = records.safety.backUpIfDue().orElseThrow();
            records.addPayment("2025-05-03", 4_321, "Paid after the backup", "2025-05-03T18:20");
            RecordsSafety.BackupResult again = records.safety.backUpIfDue().orElseThrow();
            assertEquals(first.file(), again.file(), "still one backup for the day");
            assertEquals(records.safety.fingerprint(), again.manifest().fingerprint(), "holding the later payment");
            assertEquals(List.of("Automatic backup 2026-11-22.zip"), automatic(records), "nothing else left beside it");
            assertTrue(records.safety.backUpIfMissed().isEmpty(), "closed properly: nothing missed");
        }
    }
}
