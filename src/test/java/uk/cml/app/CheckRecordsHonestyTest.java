package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.store.Database;

/**
 * Each way "Check records" used to say "Everything matches" when it should not, done to a real sample
 * folder with plain SQL (as sqlite3 would), then the real verify command run on it.
 */
class CheckRecordsHonestyTest {

    @TempDir
    Path temp;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void sampleRecords() {
        data = temp.resolve("data");
        SampleFolders.fill(data);
    }

    private int run(String... args) {
        out.reset();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), both, both);
    }

    private int verify(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--data-dir", data.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.walk(data)) {
            return files.map(f -> data.relativize(f) + " " + f.toFile().length()).sorted().toList();
        }
    }

    @Test
    @DisplayName("verify on sound records: everything matches, and it creates and changes nothing")
    void readOnly() throws Exception {
        List<String> before = listing();
        assertEquals(0, verify(), said());
        assertTrue(said().startsWith("Everything matches."), said());
        assertEquals(before, listing());
    }

    @Test
    @DisplayName("a 0-byte records file is refused plainly, and stays 0 bytes (verify used to make a fresh database)")
    void emptyFile() throws Exception {
        Files.write(data.resolve(Database.FILE_NAME), new byte[0]);
        Files.deleteIfExists(data.resolve(Database.FILE_NAME + "-wal"));
        assertEquals(1, verify(), said());
        assertTrue(said().contains("is empty: it holds no records at all"), said());
        assertEquals(0, Files.size(data.resolve(Database.FILE_NAME)));
        Files.delete(data.resolve(Database.FILE_NAME));
        assertEquals(1, verify(), said());
        assertTrue(said().contains("is missing"), said());
        assertFalse(Files.exists(data.resolve(Database.FILE_NAME)));
    }

    @Test
    @DisplayName("a journal emptied with four statements is named, and opening the app never re-seeds it")
    void journalEmptied() throws Exception {
        sql("DROP TRIGGER journal_no_delete", "DELETE FROM journal",
                "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'The record "
                        + "journal cannot be changed'); END",
                "DROP TRIGGER cml_journal_case_file_update", "UPDATE case_file SET other_parent_name = 'Someone else'");
        AppServices.open(data, Clock.systemUTC()).close(); // the window opening and closing
        assertEquals(SafetyCommands.CHANGES_FOUND, verify(), said());
        assertTrue(said().contains("The history of your records is shorter than it was"), said());
        assertTrue(said().contains("was added outside the app."), "the rows are not vouched for: " + said());
    }

    @Test
    @DisplayName("the newest journal entries cut off are named")
    void tailCut() throws Exception {
        sql("DROP TRIGGER journal_no_delete", "DELETE FROM journal WHERE id > (SELECT max(id) - 3 FROM journal)",
                "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'The record "
                        + "journal cannot be changed'); END");
        assertEquals(SafetyCommands.CHANGES_FOUND, verify(), said());
        assertTrue(said().contains("The history of your records is shorter than it was"), said());
    }

    @Test
    @DisplayName("an older copy of the records file put back is named")
    void olderCopyPutBack() throws Exception {
        Path older = temp.resolve("older.db");
        Files.copy(data.resolve(Database.FILE_NAME), older);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            services.notes.add(new Note(0, services.cases.cases().get(0).id(), java.time.LocalDate.of(2026, 11, 2),
                    NoteCategory.PLAIN, "A later note", null));
        }
        Files.copy(older, data.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(SafetyCommands.CHANGES_FOUND, verify(), said());
        assertTrue(said().contains("The history of your records is shorter than it was"), said());
    }

    @Test
    @DisplayName("a protective trigger dropped, or a trigger added, is named")
    void triggers() throws Exception {
        sql("DROP TRIGGER journal_no_update");
        assertEquals(SafetyCommands.CHANGES_FOUND, verify(), said());
        assertTrue(said().contains("The app's protection of the history of your records (the part that stops its entries being "
                + "changed) is missing: it was removed outside the app"), said());
        sql("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'The record journal "
                + "cannot be changed'); END", "CREATE TRIGGER quiet AFTER INSERT ON payment BEGIN UPDATE payment SET "
                + "amount_pence = 1 WHERE id = NEW.id; END");
        assertEquals(SafetyCommands.CHANGES_FOUND, verify(), said());
        assertTrue(said().contains("The database trigger quiet was added outside the app."), said());
        assertFalse(said().contains("journal_no_update"), said());
    }

    @Test
    @DisplayName("verify --fingerprint finds a fingerprint printed earlier, and says plainly when one is not there")
    void fingerprint() throws Exception {
        assertEquals(0, verify(), said());
        String printed = said().substring(said().indexOf("Record fingerprint ") + 19).substring(0, 19);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            services.notes.add(new Note(0, services.cases.cases().get(0).id(), java.time.LocalDate.of(2026, 11, 2),
                    NoteCategory.PLAIN, "Written after the letter", null));
        }
        assertEquals(0, verify("--fingerprint", printed), said());
        assertTrue(said().contains("The fingerprint " + printed + " is in the history of your records: entry "), said());
        assertEquals(SafetyCommands.CHANGES_FOUND, verify("--fingerprint", "0123 4567 89AB CDEF"), said());
        assertTrue(said().contains("is not in the history of your records"), said());
        assertEquals(1, verify("--fingerprint", "not a fingerprint"), said());
        assertTrue(said().contains("--fingerprint takes the 16 letters and numbers"), said());
    }
}
