package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The applied scripts and their checksums, on real SQLite files. */
class SchemaHistoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(Database.FILE_NAME);
    }

    @Test
    void aNewDatabaseRecordsEveryScriptWithItsChecksum() throws Exception {
        Database.open(folder, CLOCK).close();
        List<Migrations.Migration> bundled = Migrations.all();
        try (Connection c = connect()) {
            assertEquals(bundled.stream().map(m -> m.name() + " " + m.checksum()).toList(),
                    rows(c, "SELECT script || ' ' || checksum FROM schema_history ORDER BY version, script"));
            assertEquals(List.of(String.valueOf(Migrations.latestVersion())), rows(c, "PRAGMA user_version"));
        }
    }

    /** Databases made before this change were numbered by position in the index: from every version they upgrade. */
    @ParameterizedTest
    @ValueSource(ints = {1, 4, 5, 7})
    void aDatabaseNumberedByPositionUpgradesCleanly(int version) throws Exception {
        List<Migrations.Migration> bundled = Migrations.all();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (Migrations.Migration m : bundled.subList(0, version)) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO setting (key, value) VALUES ('kept', 'yes')");
            s.execute("PRAGMA user_version = " + version);
        }
        try (Database database = Database.open(folder, CLOCK)) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
        }
        try (Connection c = connect()) {
            assertEquals(bundled.stream().map(Migrations.Migration::name).toList(),
                    rows(c, "SELECT script FROM schema_history ORDER BY version, script"));
            assertEquals(List.of("yes"), rows(c, "SELECT value FROM setting WHERE key = 'kept'"));
        }
        Database.open(folder, CLOCK).close();
    }

    @Test
    void aScriptChangedSinceItWasAppliedIsRefusedAndNothingChanges() throws Exception {
        Database.open(folder, CLOCK).close();
        List<Migrations.Migration> altered = new ArrayList<>(Migrations.all());
        Migrations.Migration third = altered.get(2);
        altered.set(2, new Migrations.Migration(third.version(), third.name(), third.sql() + "\n-- tidied\n"));
        byte[] before = Files.readAllBytes(file());

        StoreException refused = assertThrows(StoreException.class,
                () -> Database.open(folder, CLOCK, c -> null, altered));

        assertTrue(refused.getMessage().contains(third.name() + " has changed"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nothing has been changed"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aLaterScriptIsAppliedAfterAGapAndRecorded() throws Exception {
        Database.open(folder, CLOCK).close();
        List<Migrations.Migration> later = new ArrayList<>(Migrations.all());
        later.add(new Migrations.Migration(40, "V040__later.sql",
                "CREATE TABLE later (note TEXT);\nINSERT INTO later VALUES ('a; b');"));
        try (Database database = Database.open(folder, CLOCK, c -> null, later)) {
            assertEquals(40, database.schemaVersion());
        }
        try (Connection c = connect()) {
            assertEquals(List.of("a; b"), rows(c, "SELECT note FROM later"));
            assertEquals(List.of("V040__later.sql"), rows(c, "SELECT script FROM schema_history WHERE version = 40"));
        }
    }

    @Test
    void aNewScriptThatSortsBeforeAnAppliedOneIsRefused() throws Exception {
        List<Migrations.Migration> withLater = new ArrayList<>(Migrations.all());
        withLater.add(new Migrations.Migration(90, "V090__later.sql", "CREATE TABLE later (x);"));
        Database.open(folder, CLOCK, c -> null, withLater).close();
        List<Migrations.Migration> withEarlier = new ArrayList<>(withLater);
        withEarlier.add(new Migrations.Migration(80, "V080__earlier.sql", "CREATE TABLE earlier (x);"));

        StoreException refused = assertThrows(StoreException.class,
                () -> Database.open(folder, CLOCK, c -> null, Migrations.from(
                        withEarlier.stream().map(Migrations.Migration::name).toList(),
                        name -> withEarlier.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().sql())));

        assertTrue(refused.getMessage().contains("V080__earlier.sql"), refused.getMessage());
    }

    @Test
    void anAppliedScriptMissingFromThisVersionIsRefused() throws Exception {
        List<Migrations.Migration> withLater = new ArrayList<>(Migrations.all());
        withLater.add(new Migrations.Migration(7, "V007_b__extra.sql", "CREATE TABLE extra (x);"));
        Database.open(folder, CLOCK, c -> null, withLater).close();

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder, CLOCK));

        assertTrue(refused.getMessage().contains("V007_b__extra.sql"), refused.getMessage());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
