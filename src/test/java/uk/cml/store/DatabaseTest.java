package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Nested
    @DisplayName("a new data folder")
    class NewFolder {
        @Test
        void migratesFromEmptyToTheLatestSchema() {
            try (Database database = Database.open(folder, CLOCK)) {
                assertEquals(Migrations.latestVersion(), database.schemaVersion());
                int defaults = database.read(c -> count(c, "SELECT count(*) FROM address_book"));
                assertEquals(7, defaults, "the CMS addresses, ICE and phone lines");
            }
            assertFalse(Files.exists(folder.resolve("backups")), "nothing to back up in a new folder");
        }

        @Test
        void usesWriteAheadLoggingAndForeignKeys() {
            try (Database database = Database.open(folder, CLOCK)) {
                assertEquals("wal", database.read(c -> text(c, "PRAGMA journal_mode")));
                assertEquals(Integer.valueOf(1), database.read(c -> count(c, "PRAGMA foreign_keys")));
            }
        }
    }

    @Nested
    @DisplayName("an older database")
    class Upgrade {
        @Test
        void isCopiedAsideBeforeItsSchemaChanges() throws Exception {
            Path file = folder.resolve(Database.FILE_NAME);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                for (String sql : Migrations.statements(Migrations.all().get(0).sql())) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO setting (key, value) VALUES ('kept', 'yes')");
                s.execute("PRAGMA user_version = 1");
            }
            try (Database database = Database.open(folder, CLOCK)) {
                assertEquals(Migrations.latestVersion(), database.schemaVersion());
                assertEquals("yes", database.read(c -> text(c, "SELECT value FROM setting WHERE key = 'kept'")));
            }
            try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
                Path backup = backups.findFirst().orElseThrow();
                assertTrue(backup.getFileName().toString().startsWith("before-upgrade-v1-to-v"));
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                    assertEquals(1, count(c, "PRAGMA user_version"));
                    assertEquals("yes", text(c, "SELECT value FROM setting WHERE key = 'kept'"));
                }
            }
        }
    }

    @Nested
    @DisplayName("a file the app must not touch")
    class Refusals {
        @Test
        void aNewerSchemaIsRefusedAndLeftAsItWas() throws Exception {
            Database.open(folder, CLOCK).close();
            Path file = folder.resolve(Database.FILE_NAME);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
                s.execute("PRAGMA user_version = 99");
            }
            byte[] before = Files.readAllBytes(file);
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder, CLOCK));
            assertTrue(refused.getMessage().contains("newer version"), refused.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        }

        @Test
        void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
            Path file = folder.resolve(Database.FILE_NAME);
            byte[] holiday = "These are my holiday photos, honestly".getBytes();
            Files.write(file, holiday);
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder, CLOCK));
            assertTrue(refused.getMessage().contains("not a Child Maintenance Log database"), refused.getMessage());
            assertArrayEquals(holiday, Files.readAllBytes(file));
        }

        @Test
        void aCorruptDatabaseIsRefusedAndLeftAsItWas() throws Exception {
            Database.open(folder, CLOCK).close();
            Path file = folder.resolve(Database.FILE_NAME);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
            byte[] damaged = Files.readAllBytes(file);
            // Keep SQLite's header but scribble over the pages that hold the tables.
            for (int i = 4096; i < damaged.length; i++) {
                damaged[i] = (byte) (i * 31);
            }
            Files.write(file, damaged);
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(folder, CLOCK));
            assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
            assertArrayEquals(damaged, Files.readAllBytes(file));
        }
    }

    @Test
    void aFailedTransactionChangesNothing() {
        try (Database database = Database.open(folder, CLOCK)) {
            assertThrows(StoreException.class, () -> database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')");
                    s.execute("INSERT INTO setting (key, value) VALUES ('half', 'twice')");
                }
                return null;
            }));
            assertEquals(Integer.valueOf(0), database.read(c -> count(c, "SELECT count(*) FROM setting WHERE key = 'half'")));
        }
    }

    /**
     * A read made inside a change (the calendar reading the added bank holidays while a correction works out its
     * schedule) is part of that change: it committed the change half done, and a later failure then kept the half.
     */
    @Test
    void aReadInsideAChangeLeavesTheChangeWholeOrNothing() {
        try (Database database = Database.open(folder, CLOCK)) {
            assertThrows(StoreException.class, () -> database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')");
                }
                assertEquals(Integer.valueOf(1), database.read(inner -> count(inner, "SELECT count(*) FROM setting "
                        + "WHERE key = 'half'")), "the read inside sees the change so far");
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('half', 'twice')");
                }
                return null;
            }));
            assertEquals(Integer.valueOf(0), database.read(c -> count(c, "SELECT count(*) FROM setting WHERE key = 'half'")));
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO setting (key, value) VALUES ('whole', 'yes')");
                }
                return null;
            });
            assertEquals(Integer.valueOf(1), database.read(c -> count(c, "SELECT count(*) FROM setting WHERE key = 'whole'")),
                    "the next change is saved as usual");
        }
    }

    static int count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    static String text(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
