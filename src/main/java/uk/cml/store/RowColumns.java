package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * A row's columns by name, whether read from the table now or from an earlier version kept by
 * {@link History}: one mapping turns both into a record, so the history shows exactly what was saved.
 */
@FunctionalInterface
interface RowColumns {

    String text(String column) throws SQLException;

    static RowColumns of(ResultSet row) {
        return row::getString;
    }

    static RowColumns of(Map<String, String> earlier) {
        return earlier::get;
    }

    default String textOrEmpty(String column) throws SQLException {
        String value = text(column);
        return value == null ? "" : value;
    }

    default long number(String column) throws SQLException {
        return Long.parseLong(text(column));
    }

    default boolean flag(String column) throws SQLException {
        return "1".equals(text(column));
    }

    default Optional<LocalDate> date(String column) throws SQLException {
        String value = text(column);
        return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
    }

    /** A column holding another record's id, or nothing. */
    default Optional<Long> optionalId(String column) throws SQLException {
        String value = text(column);
        return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    default LocalDateTime dateTime(String column) throws SQLException {
        return LocalDateTime.parse(text(column));
    }

    static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    static long insertedId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Moves a row to the bin (a moment) or back out of it (null). Throws when there is no such row. */
    static void setDeleted(java.sql.Connection c, String table, long id, String when) throws SQLException {
        // A record already in the bin keeps the time it went there: "Move to bin" pressed again (a button pressed
        // twice, a key repeated) changes nothing, rather than writing a later time over the first.
        String sql = "UPDATE " + table + " SET deleted_at = ? WHERE id = ?" + (when == null ? ""
                : " AND deleted_at IS NULL");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, when);
            s.setLong(2, id);
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        if (when == null || !exists(c, table, id)) {
            throw new StoreException(Words.text("store.record.entryGone"));
        }
    }

    private static boolean exists(java.sql.Connection c, String table, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Moves the rows that came with a received letter ({@code from_letter}) to the bin with it, at the same moment,
     * or puts back those that went with it ({@code putBackFrom} is when the letter went; not one binned on its own).
     */
    static void binWithLetter(java.sql.Connection c, String table, long letterId, String when, String putBackFrom)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE from_letter = ?"
                + (putBackFrom == null ? " AND deleted_at IS NULL" : " AND deleted_at = ?"))) {
            s.setString(1, when);
            s.setLong(2, letterId);
            if (putBackFrom != null) {
                s.setString(3, putBackFrom);
            }
            s.executeUpdate();
        }
    }

    /** {@link #setDeleted} in a transaction of its own: what a store's "move to bin" and "restore" do. */
    static void setDeleted(Database database, String table, long id, String when) {
        database.inTransaction(c -> {
            setDeleted(c, table, id, when);
            return null;
        });
    }
}
