package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * How each case's maintenance is arranged, as a dated history (table {@code arrangement_period}, schema V014): an
 * arrangement is in force from its date (no date: from the start) until the next. Package-private: only the stores
 * use it.
 */
final class ArrangementRows {

    private ArrangementRows() {
    }

    /** The case's arrangements with their dates; a case with none recorded is taken as private from the start. */
    static ArrangementHistory history(Connection c, long caseId) throws SQLException {
        TreeMap<LocalDate, Arrangement> from = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT starts_on, arrangement FROM arrangement_period "
                + "WHERE case_id = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String starts = r.getString(1);
                    from.put(starts == null ? LocalDate.MIN : LocalDate.parse(starts),
                            Arrangement.valueOf(r.getString(2)));
                }
            }
        }
        return from.isEmpty() ? ArrangementHistory.since(Arrangement.PRIVATE) : new ArrangementHistory(from);
    }

    /** The first arrangement of a new case, in force from the start. */
    static void insertFirst(Connection c, long caseId, Arrangement arrangement, String now) throws SQLException {
        insert(c, caseId, Optional.empty(), arrangement, now);
    }

    /**
     * Records the case as moved to {@code arrangement} from {@code from}. A move already recorded that day is
     * corrected, its earlier version kept; if the correction makes it the same as the arrangement before it (a move
     * taken back), the row is marked deleted instead, its earlier version kept too. Otherwise a new period is added;
     * nothing is written when that arrangement is already in force then.
     */
    static void movedOn(Connection c, History history, long caseId, LocalDate from, Arrangement arrangement,
            String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, arrangement FROM arrangement_period "
                + "WHERE case_id = ? AND starts_on = ? AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            s.setString(2, from.toString());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    long id = r.getLong(1);
                    if (Arrangement.valueOf(r.getString(2)) != arrangement) {
                        history.keepEarlierVersion(c, "arrangement_period", id);
                        boolean takenBack = history(c, caseId).on(from.minusDays(1)) == arrangement
                                && !history(c, caseId).from().firstKey().equals(from);
                        change(c, id, takenBack ? "deleted_at = ?" : "arrangement = ?, recorded_at = ?",
                                takenBack ? new String[] {now} : new String[] {arrangement.name(), now});
                    }
                    return;
                }
            }
        }
        if (history(c, caseId).on(from) != arrangement) {
            insert(c, caseId, Optional.of(from), arrangement, now);
        }
    }

    private static void change(Connection c, long id, String set, String[] values) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE arrangement_period SET " + set + " WHERE id = ?")) {
            for (int i = 0; i < values.length; i++) {
                u.setString(i + 1, values[i]);
            }
            u.setLong(values.length + 1, id);
            u.executeUpdate();
        }
    }

    private static void insert(Connection c, long caseId, Optional<LocalDate> from, Arrangement arrangement,
            String now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO arrangement_period (case_id, starts_on, "
                + "arrangement, recorded_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, from.map(LocalDate::toString).orElse(null));
            insert.setString(3, arrangement.name());
            insert.setString(4, now);
            insert.executeUpdate();
        }
    }
}
