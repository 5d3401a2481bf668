package uk.cml.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import uk.cml.domain.Words;

/**
 * The one SQLite file that holds a parent's records. Opening it checks the file first and never
 * writes to a file it cannot vouch for; every change runs in a transaction; the file is copied
 * aside before the schema is upgraded.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "child-maintenance-log.db";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if new) the database in a data folder, upgrading its schema when needed. */
    public static Database open(Path dataFolder, Clock clock) {
        return open(dataFolder, clock, c -> null);
    }

    /**
     * As {@link #open(Path, Clock)}, then runs {@code afterUpgrade} in a transaction once the schema is
     * current: the record journal uses it to cover tables that later versions add.
     */
    public static Database open(Path dataFolder, Clock clock, SqlWork<?> afterUpgrade) {
        return open(dataFolder, clock, afterUpgrade, Migrations.all());
    }

    /** As above with the given scripts: tests use it to stand in for a later or an altered release. */
    static Database open(Path dataFolder, Clock clock, SqlWork<?> afterUpgrade, List<Migrations.Migration> migrations) {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            if (!DatabaseFile.looksLikeSqlite(file)) {
                throw new StoreException(notADatabase(file));
            }
            int version = inspect(file);
            int latest = Migrations.latestVersion(migrations);
            if (version > latest) {
                throw new StoreException(Words.text("store.database.newerVersion"));
            }
            if (version > 0 && version < latest) {
                copyAside(file, dataFolder.resolve("backups"), version, latest, clock);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, writableConfig().toProperties());
            Database database = new Database(file, connection);
            try {
                // Before the upgrade: a migration's inserts may fire journal triggers, which call these.
                ChainHash.register(connection, clock);
                OldFinalResponseWords.register(connection);
                OldAcknowledgementWords.register(connection);
                new SchemaUpgrade(database, clock, migrations).run(version);
                database.inTransaction(afterUpgrade);
            } catch (RuntimeException | SQLException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException | SQLException e) {
            LOG.log(Level.SEVERE, "Could not open the database", e);
            throw new StoreException(Words.text("store.database.couldNotOpen", file.getParent()), e);
        }
    }

    /**
     * A database in memory with the schema exactly as the migrations up to {@code version} make it, then
     * {@code afterUpgrade}: what a file at that version should hold, for checking a file against.
     */
    public static Database reference(int version, Clock clock, SqlWork<?> afterUpgrade) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
            Database database = new Database(Path.of(":memory:"), connection);
            ChainHash.register(connection, clock);
            OldFinalResponseWords.register(connection);
            OldAcknowledgementWords.register(connection);
            List<Migrations.Migration> upTo = Migrations.all().stream().filter(m -> m.version() <= version).toList();
            new SchemaUpgrade(database, clock, upTo).run(0);
            database.inTransaction(afterUpgrade);
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("The app's own schema could not be built in memory", e);
        }
    }

    private static SQLiteConfig writableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        return config;
    }

    /** Reads the schema version through a read-only connection, after checking the file is sound. */
    private static int inspect(Path file) throws SQLException {
        if (!Files.exists(file)) {
            return 0;
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement statement = check.createStatement()) {
            try (ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = result.next() ? result.getString(1) : "";
                if (!"ok".equals(verdict)) {
                    throw new StoreException(damaged(file));
                }
            }
            try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
                return result.next() ? result.getInt(1) : 0;
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("NOTADB") || message.contains("not a database")) {
                throw new StoreException(notADatabase(file), e);
            }
            if (message.contains("CORRUPT") || message.contains("malformed")) {
                throw new StoreException(damaged(file), e);
            }
            throw e;
        }
    }

    private static void copyAside(Path file, Path backups, int from, int to, Clock clock) throws IOException,
            SQLException {
        Files.createDirectories(backups);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(clock));
        Path copy = backups.resolve("before-upgrade-v" + from + "-to-v" + to + "-" + stamp + ".db");
        try (Connection source = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = source.createStatement()) {
            // VACUUM INTO writes a consistent copy even when a -wal file holds recent changes.
            statement.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        }
        LOG.info("Copied the database aside before upgrading from schema " + from + " to " + to);
    }

    private static String notADatabase(Path file) {
        return Words.text("store.database.notADatabase", file.getFileName(), file.getParent());
    }

    private static String damaged(Path file) {
        return Words.text("store.database.damaged", file.getParent());
    }

    /** Runs work in one transaction: all of it is saved, or none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                // Already inside one on this thread (the calendar reading the added bank holidays while a correction
                // works out its schedule): this work is part of it. Committing here would have saved the outer
                // change half done and left the rest of it outside any transaction.
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "A database change failed and was rolled back", e);
            if (isDiskFull(e)) {
                throw new StoreException(Words.text("store.database.diskFull", file.getParent()), e);
            }
            throw new StoreException(Words.text("store.database.notSaved"), e);
        }
    }

    /** SQLITE_FULL (13), wherever it is in the chain of causes: the disk or its quota is full. */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == 13) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("SQLITE_FULL") || message.contains("No space left on device")
                    || message.contains("There is not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }

    /** Reads are transactions too, so a screen never sees half of a change. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /** The newest schema this version of the app knows; a file with a higher one came from a newer app. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the database failed", e);
        }
    }

    Connection connection() {
        return connection;
    }
}
