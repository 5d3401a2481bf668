package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        return withBinMoves(c, table, caseId, recorded);
    }

    /** {@code times} with each record's moves to the Bin and back ({@link #binMoves}), as a new map. */
    static Map<Long, Recorded> withBinMoves(Connection c, String table, long caseId, Map<Long, Recorded> times)
            throws SQLException {
        Map<Long, List<Recorded.BinMove>> moves = binMoves(c, table, caseId);
        Map<Long, Recorded> with = new HashMap<>(times);
        moves.forEach((id, binned) -> with.computeIfPresent(id, (k, recorded) -> recorded.withBinMoves(binned)));
        return with;
    }

    // Each version the record journal holds of the rows of the case's table that were ever in the Bin, oldest first:
    // a row's deleted_at going from empty to a moment is a move to the Bin (at that moment), and back to empty a
    // putting back (at the journal's time for that change). Only the journal keeps the putting back: the row itself
    // then reads as if it had never been binned.
    private static final String BIN_MOVES = "SELECT j.row_id, json_extract(j.content, '$.deleted_at'), j.at "
            + "FROM journal j WHERE j.table_name = ?1 AND j.operation IN ('insert', 'update', 'existing') "
            + "AND json_valid(j.content) AND j.row_id IN (SELECT b.row_id FROM journal b WHERE b.table_name = ?1 "
            + "AND json_valid(b.content) AND json_extract(b.content, '$.deleted_at') IS NOT NULL "
            + "AND json_extract(b.content, '$.case_id') = ?2) ORDER BY j.id";

    /**
     * When each of the case's records in {@code table} was moved to the Bin and put back, by id, from the record
     * journal; a row never binned has none. A moment the journal holds that cannot be read is left out, never guessed.
     */
    static Map<Long, List<Recorded.BinMove>> binMoves(Connection c, String table, long caseId) throws SQLException {
        Map<Long, List<Recorded.BinMove>> moves = new HashMap<>();
        Map<Long, String> binnedNow = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(BIN_MOVES)) {
            s.setString(1, table);
            s.setLong(2, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String deleted = r.getString(2);
                    String was = binnedNow.get(id);
                    if (deleted != null && was == null) {
                        Optional<LocalDateTime> binned = parse(deleted).or(() -> day(deleted));
                        binned.ifPresent(at -> moves.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new Recorded.BinMove(at, Optional.empty())));
                    } else if (deleted == null && was != null) {
                        List<Recorded.BinMove> kept = moves.getOrDefault(id, List.of());
                        Optional<LocalDateTime> back = parse(r.getString(3));
                        if (!kept.isEmpty() && back.isPresent()) {
                            Recorded.BinMove last = kept.get(kept.size() - 1);
                            kept.set(kept.size() - 1, new Recorded.BinMove(last.binned(), back));
                        }
                    }
                    if (deleted == null) {
                        binnedNow.remove(id);
                    } else {
                        binnedNow.put(id, deleted);
                    }
                }
            }
        }
        return moves;
    }

    /** A day stored without a time (the Bin's oldest rows) is the start of that day. */
    private static Optional<LocalDateTime> day(String iso) {
        try {
            return Optional.of(java.time.LocalDate.parse(iso).atStartOfDay());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
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
