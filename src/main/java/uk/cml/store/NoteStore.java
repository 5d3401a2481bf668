package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoSource;

/** Dated notes, including notes on the effect on the child. Corrections keep history; deleting bins a note. */
public final class NoteStore implements TimelineSource, TodoSource, BinSource {

    static final String TABLE = "note";

    private final Database database;
    private final History history;
    private final Clock clock;

    public NoteStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    public long add(Note note) {
        return database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (happened_on, category, text, "
                    + "recorded_at, case_id) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, note);
                insert.setLong(5, note.caseId());
                return RowColumns.insertedId(insert);
            }
        });
    }

    /** Saves a correction, keeping the version it replaces. */
    public void correct(Note note) {
        database.inTransaction(c -> {
            history.keepEarlierVersion(c, TABLE, note.id());
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET happened_on = ?, category = ?, "
                    + "text = ?, recorded_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                bind(update, note);
                update.setLong(5, note.id());
                if (update.executeUpdate() != 1) {
                    throw new StoreException("That note is in the bin or no longer exists, so the correction was not "
                            + "saved. Put it back from the Bin first.");
                }
            }
            return null;
        });
    }

    /** The case's notes, newest first, not counting those in the bin. */
    public List<Note> notes(long caseId) {
        return database.read(c -> query(c, "WHERE case_id = ? AND deleted_at IS NULL "
                + "ORDER BY happened_on DESC, id DESC", caseId));
    }

    /** The notes on the effect on the child, oldest first, as a complaint letter would quote them. */
    public List<Note> effectOnChild(long caseId) {
        return database.read(c -> query(c, "WHERE case_id = ? AND deleted_at IS NULL AND category = 'EFFECT_ON_CHILD' "
                + "ORDER BY happened_on, id", caseId));
    }

    public Optional<Note> find(long id) {
        return database.read(c -> query(c, "WHERE id = ?", id)).stream().findFirst();
    }

    public List<Amended<Note>> history(long id) {
        return database.read(c -> {
            List<Amended<Note>> versions = new ArrayList<>();
            for (History.EarlierVersion v : history.earlierVersions(c, TABLE, id)) {
                versions.add(new Amended<>(v.amendedAt(), read(RowColumns.of(v.columns()))));
            }
            return versions;
        });
    }

    public void moveToBin(long id) {
        RowColumns.setDeleted(database, TABLE, id, LocalDateTime.now(clock).toString());
    }

    @Override
    public void restore(long id) {
        RowColumns.setDeleted(database, TABLE, id, null);
    }

    @Override
    public List<BinnedItem> binned(long caseId) {
        return database.read(c -> {
            List<BinnedItem> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + TABLE
                    + " WHERE case_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Note note = read(RowColumns.of(r));
                        items.add(new BinnedItem("Note", note.id(), note.title(), note.happenedOn().atStartOfDay(),
                                LocalDateTime.parse(r.getString("deleted_at"))));
                    }
                }
            }
            return items;
        });
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return notes(caseId).stream().map(note -> new TimelineEntry(TimelineKind.NOTE, note.happenedOn().atStartOfDay(),
                note.recordedAt(), note.title(), note.category().label() + ": " + note.text(), note.id())).toList();
    }

    /** Notes ask nothing of the parent; they take part so the Overview can treat every area alike. */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        return List.of();
    }

    private void bind(PreparedStatement s, Note note) throws SQLException {
        s.setString(1, note.happenedOn().toString());
        s.setString(2, note.category().name());
        s.setString(3, note.text());
        s.setString(4, LocalDateTime.now(clock).toString());
    }

    private static List<Note> query(Connection c, String where, long key) throws SQLException {
        List<Note> notes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + TABLE + " " + where)) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    notes.add(read(RowColumns.of(r)));
                }
            }
        }
        return notes;
    }

    private static Note read(RowColumns r) throws SQLException {
        return new Note(r.number("id"), r.number("case_id"), r.date("happened_on").orElseThrow(),
                NoteCategory.valueOf(r.text("category")), r.textOrEmpty("text"), r.dateTime("recorded_at"));
    }
}
