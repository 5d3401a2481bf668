package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.Database;

/** The anchor beside the records notices a records file swapped for a different one, and does not follow it. */
class RecordsReplacedTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("A records file replaced by a different one with a longer journal is named by Check records, "
            + "and closing the app does not move the anchor on to the stranger's journal")
    void replacedByAnotherFile() throws Exception {
        Path mine = temp.resolve("mine");
        try (Records records = Records.withCase(mine)) {
            records.addPayment("2025-06-01", 2_500, "My payment", "2025-06-01T09:00");
        }
        String anchor = Files.readString(mine.resolve(RecordsAnchor.FILE_NAME));
        long entries = RecordsAnchor.parse(anchor).orElseThrow().format().lines()
                .filter(l -> l.startsWith("entries: ")).mapToLong(l -> Long.parseLong(l.substring(9))).sum();
        Path other = temp.resolve("other");
        try (Records records = Records.withCase(other)) {
            records.addPayment("2025-06-01", 4_000, "Someone else's payment, where mine was", "2025-06-01T09:00");
            records.addPayment("2025-07-01", 4_000, "And another", "2025-07-01T09:00");
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(mine.resolve(Database.FILE_NAME + suffix));
        }
        Files.copy(other.resolve(Database.FILE_NAME), mine.resolve(Database.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);

        String expected = "The history of your records no longer holds entry " + entries + " as the app last saw it. "
                + "The records file was replaced by a different or older copy, or the history rewritten.";
        try (Records records = Records.open(mine)) {
            CheckReport report = records.safety.check(Progress.NONE);
            List<String> problems = report.problems();
            // With what to do: restore the newest backup, or start again from these records if they are the newest.
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected) && p.contains(
                    "\"Start again from these records\"")), problems.toString());
            assertTrue(report.anchorToStartAgain(), "offered in Settings");
        }
        assertEquals(anchor, Files.readString(mine.resolve(RecordsAnchor.FILE_NAME)), "the anchor stays as it was");
        try (Records records = Records.open(mine)) {
            assertTrue(records.safety.check(Progress.NONE).problems().stream().anyMatch(p -> p.startsWith(expected)),
                    "still said next time");
        }
    }
}
