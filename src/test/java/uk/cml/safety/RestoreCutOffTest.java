package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore stopped after any step (here by the step hook throwing, in this process; the app's RestoreCrashTest
 * kills a real process, which PIT cannot see): the next start either finishes it or finds the records as they were.
 */
class RestoreCutOffTest {

    @TempDir
    Path temp;

    private static final class Stopped extends RuntimeException {
    }

    @Test
    @DisplayName("Cut off after any step, the next start leaves the backup's records or the earlier ones, whole")
    void cutOffAfterEachStep() throws Exception {
        Path backup;
        try (Records records = Records.withCase(temp.resolve("source"))) {
            records.addDocument("statement.pdf", Records.randomBytes(9_000, 5));
            backup = records.safety.backUpTo(temp, Progress.NONE).file();
        }
        String backedUp = Records.contentHash(temp.resolve("source"));
        List<String> steps = new ArrayList<>();
        Path whole = temp.resolve("whole");
        Records.withCase(whole).close();
        BackupRestore.restore(backup, java.util.Optional.empty(), whole, Records.CLOCK, Progress.NONE, steps::add);
        assertEquals("unpacked and checked", steps.get(0));
        assertEquals("intent removed", steps.get(steps.size() - 1));
        assertTrue(steps.size() > 4, steps.toString());
        for (int k = 0; k < steps.size(); k++) {
            Path data = temp.resolve("data-" + k);
            Records.withCase(data).close();
            try (Records before = Records.open(data)) {
                before.addPayment("2025-08-01", 999, "only in the earlier records", "2025-08-01T09:00");
            }
            String earlier = Records.contentHash(data);
            String stopAt = steps.get(k);
            RestoreSteps stop = step -> {
                if (step.equals(stopAt)) {
                    throw new Stopped();
                }
            };
            assertThrows(Stopped.class, () -> BackupRestore.restore(backup, java.util.Optional.empty(), data,
                    Records.CLOCK, Progress.NONE, stop));
            List<String> told = Leftovers.tidy(data);
            boolean begun = k > 0;
            boolean finishedAlready = stopAt.equals("intent removed");
            assertEquals(begun ? backedUp : earlier, Records.contentHash(data), "stopped after " + stopAt);
            if (begun && !finishedAlready) {
                assertEquals(1, told.size(), told.toString());
                String expected = "A restore was cut off part-way (the backup made on 22 Nov 2026, 10:15). The app "
                        + "has finished it: your records are now the ones from that backup. The records that were "
                        + "there before are kept in " + data.resolve("before-restore-");
                assertTrue(told.get(0).startsWith(expected), told.get(0));
            } else {
                assertEquals(List.of(), told, "stopped after " + stopAt);
            }
            assertFalse(Files.exists(data.resolve(RestoreJournal.INTENT)));
            try (var left = Files.list(data)) {
                assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(".restoring-")), stopAt);
            }
            try (Records reopened = Records.open(data)) {
                assertTrue(reopened.safety.check(Progress.NONE).allMatch(), "stopped after " + stopAt);
            }
        }
    }
}
