package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.timeline.Recorded;

/**
 * One table of a case's records that keeps history and has a bin: add, correct (the replaced version is kept),
 * list, find, earlier versions, move to the bin and put back. The stores of calls, notes and letters are made of one.
 */
final class RecordTable<T> {

    /** How one kind of record maps to its row. */
    interface Mapping<T> {

        T read(RowColumns row) throws SQLException;

        /** The columns a save writes, apart from id, case_id and recorded_at. */
        ColumnValues values(T record);

        long id(T record);

        long caseId(T record);

        BinnedItem binned(T record, LocalDateTime deletedAt);

        /**
         * Columns whose correction is no change to the record itself, so it moves on no "changed" time (a letter's
         * posting and proof of postage). Its earlier version is still kept and shown in the record's history.
         */
        default java.util.Set<String> notAChange() {
            return java.util.Set.of();
        }
    }

    /** A record with when it was first saved and last changed, which the timeline shows. */
    record Saved<T>(T record, Recorded recorded) {
    }

    private final Database database;
    private final History history;
    private final Clock clock;
    private final String table;
    private final String noun;
    private final Mapping<T> mapping;

    /** {@code noun} names one record in messages to the parent: "call", "note". */
    RecordTable(Database database, History history, Clock clock, String table, String noun, Mapping<T> mapping) {
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.table = table;
        this.noun = noun;
        this.mapping = mapping;
    }

    /** Saves a new record for its case and returns its id. */
    long add(T record) {
        return database.inTransaction(c -> add(c, record));
    }

    /** {@link #add(Object)} within the caller's transaction, so another row can be saved with it. */
    long add(java.sql.Connection c, T record) throws SQLException {
        return insert(c, mapping.values(record).put("recorded_at", now()).put("case_id", mapping.caseId(record)));
    }

    /**
     * Within the caller's transaction, moves an earlier record of the case to the bin, but only if it is still outside
     * the bin and still matches {@code stillWhere} (SQL on its columns): what a record saved in its place does.
     *
     * @return whether it went to the bin
     */
    boolean binIfStill(java.sql.Connection c, long earlierId, long caseId, String stillWhere) throws SQLException {
        try (PreparedStatement bin = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ? "
                + "AND case_id = ? AND deleted_at IS NULL AND " + stillWhere)) {
            bin.setString(1, now().toString());
            bin.setLong(2, earlierId);
            bin.setLong(3, caseId);
            return bin.executeUpdate() == 1;
        }
    }

    private long insert(java.sql.Connection c, ColumnValues values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(values.insertInto(table), Statement.RETURN_GENERATED_KEYS)) {
            values.bind(insert);
            return RowColumns.insertedId(insert);
        }
    }

    /** Saves a new record (id 0) or a correction of a saved one; returns its id. */
    long save(T record) {
        if (mapping.id(record) == 0) {
            return add(record);
        }
        correct(record);
        return mapping.id(record);
    }

    /**
     * Saves a correction: the version it replaces is kept as history. A record in the bin is not changed. A
     * "correction" that changes nothing (the same answers saved again) writes nothing at all: no earlier version, no
     * new time. Returns whether anything changed.
     */
    boolean correct(T record) {
        return database.inTransaction(c -> correct(c, record));
    }

    /** {@link #correct(Object)} within the caller's transaction; "nothing changed" is {@link History#correct}'s. */
    boolean correct(java.sql.Connection c, T record) throws SQLException {
        ColumnValues values = mapping.values(record).put("recorded_at", now());
        return history.correct(c, table, mapping.id(record), cc -> {
            try (PreparedStatement update = cc.prepareStatement(values.update(table)
                    + " WHERE id = ? AND deleted_at IS NULL")) {
                update.setLong(values.bind(update), mapping.id(record));
                if (update.executeUpdate() != 1) {
                    throw new StoreException(Words.text("store.record.inTheBin", noun));
                }
            }
            return null;
        });
    }

    /** The case's records outside the bin that also match {@code andWhere}, in {@code orderBy} order. */
    List<T> list(long caseId, String andWhere, String orderBy) {
        return new ArrayList<>(saved(caseId, andWhere, orderBy).stream().map(Saved::record).toList());
    }

    /**
     * Every record outside the bin, whichever case it was saved under, in {@code orderBy} order: for records that
     * are the app's rather than one case's (a bank holiday the parent added is the country's).
     */
    List<T> listEveryCase(String orderBy) {
        return database.read(c -> {
            List<T> records = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table
                    + " WHERE deleted_at IS NULL ORDER BY " + orderBy);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    records.add(mapping.read(RowColumns.of(r)));
                }
            }
            return records;
        });
    }

    /** The case's records in the bin, in {@code orderBy} order. */
    List<T> listInBin(long caseId, String orderBy) {
        return database.read(c -> {
            List<T> records = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table
                    + " WHERE case_id = ? AND deleted_at IS NOT NULL ORDER BY " + orderBy)) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        records.add(mapping.read(RowColumns.of(r)));
                    }
                }
            }
            return records;
        });
    }

    /** {@link #list} with when each was saved. */
    List<Saved<T>> saved(long caseId, String andWhere, String orderBy) {
        return database.read(c -> {
            List<Saved<T>> records = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT t.*" + RecordedTimes.columns(table) + " FROM "
                    + table + " t WHERE case_id = ? AND deleted_at IS NULL " + andWhere + " ORDER BY " + orderBy)) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        records.add(new Saved<>(mapping.read(RowColumns.of(r)), RecordedTimes.of(r)));
                    }
                }
            }
            Map<Long, Recorded> times = new java.util.HashMap<>();
            records.forEach(saved -> times.put(mapping.id(saved.record()), saved.recorded()));
            Map<Long, Recorded> fixed = RecordedTimes.withBinMoves(c, table, caseId,
                    withoutSavesThatChangedNothing(c, times));
            records.replaceAll(saved -> new Saved<>(saved.record(), fixed.get(mapping.id(saved.record()))));
            return records;
        });
    }

    /** When each of the case's records was first saved and last changed, by id, in one query. */
    Map<Long, Recorded> recorded(long caseId) {
        return database.read(c -> withoutSavesThatChangedNothing(c, RecordedTimes.of(c, table, caseId)));
    }

    Optional<T> find(long id) {
        return database.read(c -> find(c, id));
    }

    /** {@link #find(long)} within the caller's transaction. */
    Optional<T> find(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(mapping.read(RowColumns.of(r))) : Optional.<T>empty();
            }
        }
    }

    /**
     * Earlier versions, oldest first. One kept before a save that changed nothing (possible before the store refused
     * such saves) is no correction and is left out: the version before it is then the one the next change replaced.
     */
    List<Amended<T>> history(long id) {
        return database.read(c -> corrections(history.earlierVersions(c, table, id), find(c, id), java.util.Set.of()));
    }

    /** The kept versions that a change replaced, where a change of only the {@code ignored} columns is none. */
    private List<Amended<T>> corrections(List<History.EarlierVersion> kept, Optional<T> current,
                                         java.util.Set<String> ignored) throws SQLException {
        List<Amended<T>> versions = new ArrayList<>();
        for (History.EarlierVersion v : kept) {
            versions.add(new Amended<>(v.amendedAt(), mapping.read(RowColumns.of(v.columns()))));
        }
        List<Amended<T>> changed = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Optional<T> after = i + 1 < versions.size() ? Optional.of(versions.get(i + 1).earlier()) : current;
            if (after.isEmpty() || !sameAnswers(versions.get(i).earlier(), after.get(), ignored)) {
                changed.add(versions.get(i));
            }
        }
        return changed;
    }

    private boolean sameAnswers(T one, T other, java.util.Set<String> ignored) {
        try {
            return mapping.values(one).sameAnswers(mapping.values(other), ignored);
        } catch (RuntimeException unwritable) {
            return false; // an old version the form would refuse now: shown as kept, never hidden
        }
    }

    /**
     * The times as {@link RecordedTimes} reads them, with a "changed" time only where something changed: where the
     * newest kept versions were saves that changed nothing (or only what {@link Mapping#notAChange} names), the last
     * change is the last real correction, or none.
     */
    private Map<Long, Recorded> withoutSavesThatChangedNothing(java.sql.Connection c, Map<Long, Recorded> times)
            throws SQLException {
        Map<Long, Recorded> fixed = new java.util.HashMap<>(times);
        for (Map.Entry<Long, Recorded> entry : times.entrySet()) {
            if (entry.getValue().changed().isEmpty() || entry.getValue().first().isEmpty()) {
                continue;
            }
            long id = entry.getKey();
            List<History.EarlierVersion> kept = history.earlierVersions(c, table, id);
            List<Amended<T>> real = corrections(kept, find(c, id), mapping.notAChange());
            if (real.size() == kept.size()) {
                continue;
            }
            Recorded recorded = entry.getValue();
            if (real.isEmpty()) {
                fixed.put(id, new Recorded(recorded.first(), Optional.empty(), recorded.binMoves()));
                continue;
            }
            LocalDateTime lastChange = real.get(real.size() - 1).amendedAt();
            if (!kept.get(kept.size() - 1).amendedAt().equals(lastChange)) {
                fixed.put(id, new Recorded(recorded.first(), Optional.of(lastChange), recorded.binMoves()));
            }
        }
        return fixed;
    }

    /** Earlier versions as the columns were saved, oldest first. */
    List<History.EarlierVersion> earlierVersions(long id) {
        return database.read(c -> history.earlierVersions(c, table, id));
    }

    void moveToBin(long id) {
        RowColumns.setDeleted(database, table, id, now().toString());
    }

    void restore(long id) {
        RowColumns.setDeleted(database, table, id, null);
    }

    /** The case's records in the bin, most recently binned first. */
    List<BinnedItem> binned(long caseId) {
        return binned("case_id = ? AND ", caseId);
    }

    /** Every record in the bin, whichever case it was saved under, most recently binned first. */
    List<BinnedItem> binnedEveryCase() {
        return binned("", null);
    }

    private List<BinnedItem> binned(String caseWhere, Long caseId) {
        return database.read(c -> {
            List<BinnedItem> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + caseWhere
                    + "deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC")) {
                if (caseId != null) {
                    s.setLong(1, caseId);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(mapping.binned(mapping.read(RowColumns.of(r)),
                                LocalDateTime.parse(r.getString("deleted_at"))));
                    }
                }
            }
            return items;
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
