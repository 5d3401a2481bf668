package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.timeline.Recorded;

/**
 * A store of one kind of a case's records kept with history and a bin (calls, notes, letters sent and received):
 * save, correct (the replaced version is kept), find, earlier versions, move to the bin and put back. Each store
 * says how its record maps to its row and adds its own lists.
 */
public abstract class RecordStore<T> implements BinSource {

    private final RecordTable<T> table;

    /** {@code noun} names one record in messages to the parent: "call", "letter". */
    RecordStore(Database database, History history, Clock clock, String tableName, String noun,
                ToLongFunction<T> id, ToLongFunction<T> caseId) {
        this.table = new RecordTable<>(database, history, clock, tableName, noun, new RecordTable.Mapping<>() {
            @Override
            public T read(RowColumns row) throws SQLException {
                return RecordStore.this.read(row);
            }

            @Override
            public ColumnValues values(T record) {
                return RecordStore.this.values(record);
            }

            @Override
            public long id(T record) {
                return id.applyAsLong(record);
            }

            @Override
            public long caseId(T record) {
                return caseId.applyAsLong(record);
            }

            @Override
            public BinnedItem binned(T record, LocalDateTime deletedAt) {
                return RecordStore.this.binned(record, deletedAt);
            }

            @Override
            public java.util.Set<String> notAChange() {
                return RecordStore.this.notAChange();
            }
        });
    }

    /** The record a row (or an earlier version of one) holds. */
    abstract T read(RowColumns row) throws SQLException;

    /** The columns a save writes, apart from id, case_id and recorded_at. */
    abstract ColumnValues values(T record);

    /** Columns whose correction moves on no "changed" time: see {@link RecordTable.Mapping#notAChange}. */
    java.util.Set<String> notAChange() {
        return java.util.Set.of();
    }

    /** The line the Bin page shows for a record in the bin. */
    abstract BinnedItem binned(T record, LocalDateTime deletedAt);

    RecordTable<T> table() {
        return table;
    }

    /** Saves a new record (id 0) or a correction, keeping the earlier version. Returns the id. */
    public long save(T record) {
        return table.save(record);
    }

    /** Saves a new record for its case and returns its id. */
    public long add(T record) {
        return table.add(record);
    }

    /** Saves a correction: the version it replaces is kept and shown as history. */
    public void correct(T record) {
        table.correct(record);
    }

    /**
     * Saves a correction if it changes something; the same answers saved again write nothing (no earlier version, no
     * "changed" time). Returns whether anything changed.
     */
    public boolean correctIfChanged(T record) {
        return table.correct(record);
    }

    /** When each of the case's records was first saved and, if corrected since, last changed, by id. */
    public Map<Long, Recorded> recorded(long caseId) {
        return table.recorded(caseId);
    }

    public Optional<T> find(long id) {
        return table.find(id);
    }

    /** Earlier versions of a record, oldest first. */
    public List<Amended<T>> history(long id) {
        return table.history(id);
    }

    /** Earlier versions as the columns were saved, oldest first. */
    public List<History.EarlierVersion> earlierVersions(long id) {
        return table.earlierVersions(id);
    }

    public void moveToBin(long id) {
        table.moveToBin(id);
    }

    @Override
    public void restore(long id) {
        table.restore(id);
    }

    @Override
    public List<BinnedItem> binned(long caseId) {
        return table.binned(caseId);
    }
}
