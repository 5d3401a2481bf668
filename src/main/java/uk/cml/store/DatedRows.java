package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A case's setting kept as a dated history, one row per change: each value is in force from {@code starts_on} (no
 * date: from the start) until the next live row's; a row is never removed, only marked {@code deleted_at}. Serves
 * the Collect and Pay fee ({@code collection_fee}, V012) and the arrangement ({@code arrangement_period}, V014).
 */
final class DatedRows {

    static final DatedRows FEES = new DatedRows("collection_fee", "percent");
    static final DatedRows ARRANGEMENTS = new DatedRows("arrangement_period", "arrangement");

    private final String table;
    private final String column;

    private DatedRows(String table, String column) {
        this.table = table;
        this.column = column;
    }

    String table() {
        return table;
    }

    /** Each live row's value by the day it starts ({@link LocalDate#MIN}: from the start). */
    TreeMap<LocalDate, String> read(Connection c, long caseId) throws SQLException {
        TreeMap<LocalDate, String> from = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT starts_on, " + column + " FROM " + table
                + " WHERE case_id = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String starts = r.getString(1);
                    from.put(starts == null ? LocalDate.MIN : LocalDate.parse(starts), r.getString(2));
                }
            }
        }
        return from;
    }

    /** The live row starting on {@code day}: its id and value. */
    Optional<Map.Entry<Long, String>> startingOn(Connection c, long caseId, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, " + column + " FROM " + table
                + " WHERE case_id = ? AND starts_on = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            s.setString(2, day.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Map.entry(r.getLong(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    void insert(Connection c, long caseId, Optional<LocalDate> from, String value, String now) throws SQLException {
        String columns = String.join(", ", "case_id", "starts_on", column, "recorded_at");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + columns
                + ") VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, from.map(LocalDate::toString).orElse(null));
            insert.setString(3, value);
            insert.setString(4, now);
            insert.executeUpdate();
        }
    }

    /** A row's value corrected; the caller keeps its earlier version first. */
    void correct(Connection c, long id, String value, String now) throws SQLException {
        update(c, id, String.join(" = ?, ", column, "recorded_at = ?"), value, now);
    }

    /**
     * Corrects the first day of the latest value, which began on {@code since}, to {@code day}; the caller has
     * checked the day comes after every row before {@code since}. Rows after {@code since} hold the same value (they
     * add nothing) and are taken back, so they cannot hide the corrected day. Each row's earlier version is kept.
     */
    void redateLatest(Connection c, History history, long caseId, LocalDate since, LocalDate day, String now)
            throws SQLException {
        for (LocalDate later : read(c, caseId).tailMap(since, false).keySet()) {
            long id = startingOn(c, caseId, later).orElseThrow().getKey();
            history.keepEarlierVersion(c, table, id);
            takeBack(c, id, now);
        }
        long id = startingOn(c, caseId, since).orElseThrow().getKey();
        history.keepEarlierVersion(c, table, id);
        update(c, id, "starts_on = ?, recorded_at = ?", day.toString(), now);
    }

    /** A row taken back: marked deleted, never removed; the caller keeps its earlier version first. */
    void takeBack(Connection c, long id, String now) throws SQLException {
        update(c, id, "deleted_at = ?", now);
    }

    private void update(Connection c, long id, String set, String... values) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE id = ?")) {
            for (int i = 0; i < values.length; i++) {
                u.setString(i + 1, values[i]);
            }
            u.setLong(values.length + 1, id);
            u.executeUpdate();
        }
    }
}
