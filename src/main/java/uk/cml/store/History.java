package uk.cml.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Keeps the earlier version of a row before it is changed, so a correction is an amendment with
 * history and never an overwrite. Works for any table with an integer {@code id}.
 */
public final class History {

    /** One earlier version of a record: its columns as they were, and when they were replaced. */
    public record EarlierVersion(LocalDateTime amendedAt, Map<String, String> columns) {
    }

    private final Clock clock;

    public History(Clock clock) {
        this.clock = clock;
    }

    /** Call inside the transaction that is about to change the row. */
    public void keepEarlierVersion(Connection connection, String table, long id) throws SQLException {
        Map<String, String> row = row(connection, table, id);
        if (row.isEmpty()) {
            return;
        }
        Properties columns = new Properties();
        columns.putAll(row);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO amendment (record_table, record_id, earlier_version, amended_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setLong(2, id);
            insert.setString(3, encode(columns));
            insert.setString(4, LocalDateTime.now(clock).toString());
            insert.executeUpdate();
        }
    }

    /**
     * A correction of one row, kept only if it changes an answer: the row's earlier version is kept, {@code update}
     * writes the new one, and if the row then holds what it held before (apart from when it was saved) all of it is
     * undone, so the same answers saved again record nothing: no earlier version, no journal entry, no new time. The
     * stores compare what they would write (amounts in pence, text as kept, without spaces at its ends), not what was
     * typed. Inside the caller's transaction; returns whether anything changed.
     */
    public boolean correct(Connection connection, String table, long id, SqlWork<?> update) throws SQLException {
        Map<String, String> before = row(connection, table, id);
        Savepoint mark = connection.setSavepoint();
        keepEarlierVersion(connection, table, id);
        update.run(connection);
        boolean changed = !sameAnswers(before, row(connection, table, id));
        if (!changed) {
            connection.rollback(mark);
        }
        connection.releaseSavepoint(mark);
        return changed;
    }

    /**
     * The earlier versions a real change replaced, oldest first: one kept by a save that changed nothing (stores
     * kept one before {@link #correct} refused such saves) is no correction and is left out.
     */
    public List<EarlierVersion> corrections(Connection connection, String table, long id) throws SQLException {
        return correctionsOf(connection, table, id);
    }

    static List<EarlierVersion> correctionsOf(Connection connection, String table, long id) throws SQLException {
        List<EarlierVersion> kept = versionsOf(connection, table, id);
        Map<String, String> current = row(connection, table, id);
        List<EarlierVersion> changed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Map<String, String> after = i + 1 < kept.size() ? kept.get(i + 1).columns() : current;
            if (after.isEmpty() || !sameAnswers(kept.get(i).columns(), after)) {
                changed.add(kept.get(i));
            }
        }
        return changed;
    }

    /** The one test of "nothing changed": every column the same, apart from when each was saved. */
    static boolean sameAnswers(Map<String, String> one, Map<String, String> other) {
        Map<String, String> a = new TreeMap<>(one);
        Map<String, String> b = new TreeMap<>(other);
        a.remove("recorded_at");
        b.remove("recorded_at");
        return a.equals(b);
    }

    /** The row's columns as text (NULL left out), as an earlier version keeps them; empty when there is no row. */
    static Map<String, String> row(Connection connection, String table, long id) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return columns;
                }
                ResultSetMetaData meta = row.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = row.getString(i);
                    if (value != null) {
                        columns.put(meta.getColumnName(i), value);
                    }
                }
            }
        }
        return columns;
    }

    /** The earlier versions of one record, oldest first. */
    public List<EarlierVersion> earlierVersions(Connection connection, String table, long id) throws SQLException {
        return versionsOf(connection, table, id);
    }

    /** {@link #earlierVersions}, for a reader that keeps no history of its own. */
    static List<EarlierVersion> versionsOf(Connection connection, String table, long id) throws SQLException {
        List<EarlierVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT earlier_version, amended_at FROM amendment "
                + "WHERE record_table = ? AND record_id = ? ORDER BY id")) {
            select.setString(1, table);
            select.setLong(2, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new EarlierVersion(LocalDateTime.parse(rows.getString(2)), decode(rows.getString(1))));
                }
            }
        }
        return versions;
    }

    private static String encode(Properties columns) {
        StringWriter out = new StringWriter();
        try {
            columns.store(out, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        // Properties.store writes a date comment first; drop it so the text is only the data.
        return out.toString().replaceFirst("^#.*\\R", "");
    }

    /** The columns of one earlier version as {@code amendment.earlier_version} holds them. */
    /**
     * When the record was first saved: the {@code recorded_at} of its oldest earlier version (each correction keeps
     * the row as it was, time and all), or empty when it was never corrected and its own row says it.
     */
    public static java.util.Optional<String> firstRecordedAt(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT earlier_version FROM amendment WHERE record_table = ? "
                + "AND record_id = ? ORDER BY id LIMIT 1")) {
            s.setString(1, table);
            s.setLong(2, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? java.util.Optional.ofNullable(columns(row.getString(1)).get("recorded_at"))
                        : java.util.Optional.empty();
            }
        }
    }

    static Map<String, String> columns(String earlierVersion) {
        return decode(earlierVersion);
    }

    private static Map<String, String> decode(String text) {
        Properties columns = new Properties();
        try {
            columns.load(new StringReader(text));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        Map<String, String> map = new TreeMap<>();
        columns.stringPropertyNames().forEach(name -> map.put(name, columns.getProperty(name)));
        return map;
    }
}
