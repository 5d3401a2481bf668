package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cml.domain.Words;

/**
 * Applies the migrations a database has not had yet, each in its own transaction, and records each one's
 * checksum in {@code schema_history}. Before changing anything it checks every script applied earlier is
 * still the same; if one has changed, or one that sorts before an applied script turns up new, it refuses.
 * {@code PRAGMA user_version} keeps the highest version applied, for older code and for backups.
 */
final class SchemaUpgrade {

    private static final Logger LOG = Logger.getLogger(SchemaUpgrade.class.getName());
    private static final String HISTORY = "CREATE TABLE IF NOT EXISTS schema_history (script TEXT PRIMARY KEY, "
            + "version INTEGER NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private final Database database;
    private final Clock clock;
    private final List<Migrations.Migration> migrations;

    SchemaUpgrade(Database database, Clock clock, List<Migrations.Migration> migrations) {
        this.database = database;
        this.clock = clock;
        this.migrations = migrations;
    }

    void run(int userVersion) {
        Map<String, String> applied = database.inTransaction(c -> hasHistory(c) ? history(c) : baseline(c, userVersion));
        Set<String> done = Set.copyOf(applied.keySet());
        String lastApplied = "";
        for (Migrations.Migration migration : migrations) {
            String checksum = applied.remove(migration.name());
            if (checksum != null && !checksum.equals(migration.checksum())) {
                throw refusal(Words.text("store.upgrade.stepChanged", migration.name()));
            }
            if (checksum != null) {
                lastApplied = migration.orderKey();
            }
        }
        if (!applied.isEmpty()) {
            throw refusal(Words.text("store.upgrade.stepMissing", applied.keySet().iterator().next()));
        }
        for (Migrations.Migration migration : migrations) {
            if (done.contains(migration.name())) {
                continue;
            }
            if (migration.orderKey().compareTo(lastApplied) < 0) {
                throw refusal(Words.text("store.upgrade.stepOutOfOrder", migration.name()));
            }
            apply(migration);
        }
    }

    private void apply(Migrations.Migration migration) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                // A step SQL cannot say (the app's own rules) runs after its script, in its transaction.
                if (OldRecordsRepair.SCRIPT.equals(migration.name())) {
                    OldRecordsRepair.run(connection, clock);
                }
                if (BankHolidayMerge.SCRIPT.equals(migration.name())) {
                    BankHolidayMerge.run(connection, clock);
                }
                int current = userVersion(connection);
                statement.execute("PRAGMA user_version = " + Math.max(current, migration.version()));
            }
            record(connection, migration);
            return null;
        });
        // The check builds the schema in memory to compare against at every run: only a real file's upgrade is news.
        LOG.log(database.file().toString().equals(":memory:") ? Level.FINE : Level.INFO,
                () -> "Schema now has " + migration.name());
    }

    /**
     * A database from before the history table was numbered by position in the index, which matched the file
     * numbers V001 to V007: every script up to its version is recorded as applied, as it is today.
     */
    private Map<String, String> baseline(Connection connection, int userVersion) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(HISTORY);
        }
        Map<String, String> applied = new LinkedHashMap<>();
        for (Migrations.Migration migration : migrations) {
            if (migration.version() <= userVersion) {
                record(connection, migration);
                applied.put(migration.name(), migration.checksum());
            }
        }
        return applied;
    }

    private void record(Connection connection, Migrations.Migration migration) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO schema_history (script, version, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, migration.name());
            s.setInt(2, migration.version());
            s.setString(3, migration.checksum());
            s.setString(4, LocalDateTime.now(clock).toString());
            s.executeUpdate();
        }
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_history'")) {
            return r.next();
        }
    }

    private static Map<String, String> history(Connection connection) throws SQLException {
        Map<String, String> applied = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT script, checksum FROM schema_history ORDER BY version, script")) {
            while (r.next()) {
                applied.put(r.getString(1), r.getString(2));
            }
        }
        return applied;
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static StoreException refusal(String why) {
        return new StoreException(Words.text("store.upgrade.refused", why));
    }
}
