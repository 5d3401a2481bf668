package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.safety.JournalTriggers;

/**
 * V032: an ordinary request's reply counted 14 calendar days from the letter's own date; it now counts working days
 * from when the letter counts as delivered. The facts table's row becomes 10 working days, or the parent's own
 * figure turned into working days (21 days: 15). Real SQLite.
 */
class RequestReplyWorkingDaysUpgradeTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a new file holds 10 working days")
    void newRecords() {
        try (Database database = Database.open(folder, DatabaseTest.CLOCK, JournalTriggers::install)) {
            assertEquals(10, StandingStore.facts(database).requestReplyWorkingDays());
        }
    }

    @Test
    @DisplayName("a V030 file where the parent gave 21 days: 15 working days, one row under the new key")
    void theParentsFigureIsKept() throws Exception {
        OlderRecordsFile.makeAt(folder, 30, s -> s.execute("UPDATE cms_fact SET value = '21' WHERE key = "
                + "'request.reply.days'"));
        try (Database database = OlderRecordsFile.openUpgraded(folder, 30)) {
            assertEquals(15, StandingStore.facts(database).requestReplyWorkingDays());
            assertEquals(List.of("request.reply.working_days"), StandingStore.facts(database).all().stream()
                    .map(f -> f.key()).filter(k -> k.startsWith("request.reply")).toList());
        }
    }
}
