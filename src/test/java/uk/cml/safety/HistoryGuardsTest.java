package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.Database;

/**
 * The journal's own safeguards (journal_no_update, journal_no_delete), which make SQLite refuse to change or delete
 * an entry: one changed outside the app (made again to do nothing) or dropped is put back when the app opens, as the
 * app makes it, and that is noted in the journal so Check records goes on saying it.
 */
class HistoryGuardsTest {

    @TempDir
    Path temp;

    private static final String CHANGED = "The app's protection of the history of your records (the part that stops "
            + "its entries being changed or deleted) had been changed outside the app when the app opened on ";
    private static final String MISSING = "The app's protection of the history of your records (the part that stops "
            + "its entries being changed or deleted) was missing when the app opened on ";

    @Test
    @DisplayName("journal_no_update made again to do nothing: put back at open, noted, and an UPDATE of the journal is refused again")
    void changedGuardIsPutBack() throws Exception {
        Path folder = temp.resolve("data");
        Records.withCase(folder).close();
        sql(folder, "DROP TRIGGER journal_no_update",
                "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT 1; END",
                "UPDATE journal SET at = at WHERE id = 1"); // the changed trigger let this through

        List<JournalTriggers.MissingSafeguard> found = openAsTheAppDoes(folder);

        assertEquals(appsOwn("journal_no_update"), stored(folder, "journal_no_update"), "the app's trigger again");
        assertEquals(1, found.size(), found.toString());
        assertEquals("journal", found.get(0).table());
        assertTrue(found.get(0).changed() && !found.get(0).missing(), found.toString());
        assertTrue(found.get(0).sentence().startsWith(CHANGED), found.get(0).sentence());
        SQLException refused = assertThrows(SQLException.class,
                () -> sql(folder, "UPDATE journal SET content = '{}' WHERE id = 1"));
        assertTrue(refused.getMessage().contains("The record journal cannot be changed"), refused.getMessage());
        try (Records records = Records.open(folder)) {
            CheckReport report = records.safety.check((d, t, s) -> { });
            assertTrue(report.problems().stream().anyMatch(p -> p.startsWith(CHANGED)),
                    "still said after the trigger is the app's again: " + report.problems());
        }
        assertEquals(List.of(), openAsTheAppDoes(folder), "said once: the next opening finds the app's own trigger");
    }

    @Test
    @DisplayName("journal_no_delete dropped: put back at open, noted as missing, and a DELETE from the journal is refused again")
    void droppedGuardIsPutBack() throws Exception {
        Path folder = temp.resolve("data");
        Records.withCase(folder).close();
        sql(folder, "DROP TRIGGER journal_no_delete");

        List<JournalTriggers.MissingSafeguard> found = openAsTheAppDoes(folder);

        assertEquals(appsOwn("journal_no_delete"), stored(folder, "journal_no_delete"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).missing() && !found.get(0).changed(), found.toString());
        assertTrue(found.get(0).sentence().startsWith(MISSING), found.get(0).sentence());
        assertThrows(SQLException.class, () -> sql(folder, "DELETE FROM journal WHERE id = 1"));
    }

    @Test
    @DisplayName("the guards as the app puts them back are exactly what its migration makes")
    void putBackAsTheMigrationMakesThem() throws Exception {
        for (String operation : List.of("update", "delete")) {
            assertEquals(appsOwn("journal_no_" + operation), JournalTriggers.HISTORY_GUARDS.get(operation));
        }
    }

    /** As the app opens the records: upgrade, then the journal's triggers, keeping what was found. */
    private static List<JournalTriggers.MissingSafeguard> openAsTheAppDoes(Path folder) {
        List<JournalTriggers.MissingSafeguard> found = new ArrayList<>();
        java.util.Optional<RecordsAnchor> anchor = RecordsAnchor.read(folder);
        Database.open(folder, Records.CLOCK, c -> found.addAll(JournalTriggers.install(c, anchor))).close();
        return found;
    }

    /** The trigger as a fresh database of the app holds it. */
    private String appsOwn(String trigger) throws Exception {
        Path fresh = temp.resolve("fresh");
        Records.open(fresh).close();
        return stored(fresh, trigger);
    }

    private static String stored(Path folder, String trigger) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
             var s = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            s.setString(1, trigger);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Plain SQL from another program, as sqlite3 would run it. */
    private static void sql(Path folder, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
