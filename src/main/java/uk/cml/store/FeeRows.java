package uk.cml.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import uk.cml.domain.arrears.FeeRule;

/**
 * The Collect and Pay fee of each case as a dated history (table {@code collection_fee}, schema V012): a rate is in
 * force from its date (no date: from the start) until the next. Package-private: only the stores use it.
 */
final class FeeRows {

    private FeeRows() {
    }

    /**
     * The case's rates with their dates, and on which dates its dues have the fee taken: only while it was under
     * Collect and Pay, by its dated arrangements ({@link ArrangementRows}).
     */
    static FeeRule rule(Connection c, long caseId) throws SQLException {
        TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT starts_on, percent FROM collection_fee "
                + "WHERE case_id = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String from = r.getString(1);
                    rates.put(from == null ? LocalDate.MIN : LocalDate.parse(from), new BigDecimal(r.getString(2)));
                }
            }
        }
        return new FeeRule(rates, ArrangementRows.history(c, caseId).collectAndPayFrom());
    }

    /** The latest rate: the one with the latest start date. */
    static BigDecimal latest(Connection c, long caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT percent FROM collection_fee WHERE case_id = ? "
                + "AND deleted_at IS NULL ORDER BY ifnull(starts_on, '') DESC LIMIT 1")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new BigDecimal(r.getString(1)) : BigDecimal.ZERO;
            }
        }
    }

    /** The first rate of a new case, in force from the start. */
    static void insertFirst(Connection c, long caseId, BigDecimal percent, String now) throws SQLException {
        insert(c, caseId, Optional.empty(), percent, now);
    }

    /**
     * Puts {@code percent} in force from {@code from}. A rate already starting that day is corrected, its earlier
     * version kept; otherwise a new rate is added. Nothing is written when that rate is already in force then.
     */
    static void rateFrom(Connection c, History history, long caseId, LocalDate from, BigDecimal percent, String now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, percent FROM collection_fee WHERE case_id = ? "
                + "AND starts_on = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            s.setString(2, from.toString());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    long id = r.getLong(1);
                    if (new BigDecimal(r.getString(2)).compareTo(percent) != 0) {
                        history.keepEarlierVersion(c, "collection_fee", id);
                        correct(c, id, percent, now);
                    }
                    return;
                }
            }
        }
        if (rule(c, caseId).rateOn(from).compareTo(percent) != 0) {
            insert(c, caseId, Optional.of(from), percent, now);
        }
    }

    private static void correct(Connection c, long id, BigDecimal percent, String now) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE collection_fee SET percent = ?, recorded_at = ? WHERE id = ?")) {
            u.setString(1, percent.toPlainString());
            u.setString(2, now);
            u.setLong(3, id);
            u.executeUpdate();
        }
    }

    private static void insert(Connection c, long caseId, Optional<LocalDate> from, BigDecimal percent, String now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO collection_fee (case_id, starts_on, percent, "
                + "recorded_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, from.map(LocalDate::toString).orElse(null));
            insert.setString(3, percent.toPlainString());
            insert.setString(4, now);
            insert.executeUpdate();
        }
    }
}
