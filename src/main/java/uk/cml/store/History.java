package uk.cml.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
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
        Properties columns = new Properties();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                ResultSetMetaData meta = row.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = row.getString(i);
                    if (value != null) {
                        columns.setProperty(meta.getColumnName(i), value);
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO amendment (record_table, record_id, earlier_version, amended_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setLong(2, id);
            insert.setString(3, encode(columns));
            insert.setString(4, LocalDateTime.now(clock).toString());
            insert.executeUpdate();
        }
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
