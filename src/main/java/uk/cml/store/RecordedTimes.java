package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.timeline.Recorded;

/**
 * When each of a case's records was first saved, and when it last changed, from what the records hold: a row's
 * {@code recorded_at} is moved on by every correction, so the first moment is the {@code recorded_at} of the
 * oldest earlier version {@link History} kept (it has kept one before every correction since the first schema,
 * older than the journal), and the last change is the later of the row's own {@code recorded_at} and the newest
 * earlier version's {@code amended_at} (attaching a bank statement changes a payment without moving its
 * {@code recorded_at}). One query per table, however many rows, and a look at the versions kept of each record
 * changed since, for the timeline and the pack.
 */
public final class RecordedTimes {

    private RecordedTimes() {
    }

    /**
     * The two columns to add to a SELECT over {@code table} named {@code t}, read back by {@link #of(ResultSet)}.
     * Public for the CSV export, which reads any table of records the same way.
     */
    public static String columns(String table) {
        String name = "'" + table.replace("'", "''") + "'";
        return ", (SELECT a.earlier_version FROM amendment a WHERE a.record_table = " + name
                + " AND a.record_id = t.id ORDER BY a.id LIMIT 1) AS first_version, "
                + "(SELECT MAX(a.amended_at) FROM amendment a WHERE a.record_table = " + name
                + " AND a.record_id = t.id) AS last_amended";
    }

    /** Every record of the case in {@code table} (the bin too), by id. */
    static Map<Long, Recorded> of(Connection c, String table, long caseId) throws SQLException {
        Map<Long, Recorded> recorded = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.recorded_at" + columns(table) + " FROM " + table
                + " t WHERE t.case_id = ?")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    recorded.put(r.getLong("id"), of(r));
                }
            }
        }
        for (Map.Entry<Long, Recorded> entry : recorded.entrySet()) {
            entry.setValue(changedOnlyByChanges(c, table, entry.getKey(), entry.getValue()));
        }
        return recorded;
    }

    /**
     * The times with a "changed" time only where something changed: where the newest versions kept were saves that
     * changed nothing ({@link History#corrections}), the last change is the last real correction, or none.
     */
    private static Recorded changedOnlyByChanges(Connection c, String table, long id, Recorded times)
            throws SQLException {
        if (times.changed().isEmpty() || times.first().isEmpty()) {
            return times;
        }
        List<History.EarlierVersion> kept = History.versionsOf(c, table, id);
        List<History.EarlierVersion> real = History.correctionsOf(c, table, id);
        if (real.size() == kept.size()) {
            return times;
        }
        if (real.isEmpty()) {
            return new Recorded(times.first(), Optional.empty());
        }
        LocalDateTime lastChange = real.get(real.size() - 1).amendedAt();
        return kept.get(kept.size() - 1).amendedAt().equals(lastChange) ? times
                : new Recorded(times.first(), Optional.of(lastChange));
    }

    /**
     * The row's times, from its {@code recorded_at} and the two columns {@link #columns} adds. Throws
     * {@link DateTimeParseException} when the row's own {@code recorded_at} cannot be read.
     */
    public static Recorded of(ResultSet row) throws SQLException {
        LocalDateTime saved = LocalDateTime.parse(row.getString("recorded_at"));
        String firstVersion = row.getString("first_version");
        if (firstVersion == null) {
            return Recorded.once(saved);
        }
        LocalDateTime changed = later(saved, parse(row.getString("last_amended")));
        Optional<LocalDateTime> first = parse(History.columns(firstVersion).get("recorded_at"));
        return new Recorded(first, first.isPresent() && !changed.isAfter(first.get()) ? Optional.empty()
                : Optional.of(changed));
    }

    private static LocalDateTime later(LocalDateTime saved, Optional<LocalDateTime> amended) {
        return amended.filter(a -> a.isAfter(saved)).orElse(saved);
    }

    /** A moment the records hold, or nothing where they hold none that can be read: never a guess. */
    private static Optional<LocalDateTime> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(iso));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
