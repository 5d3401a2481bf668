package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    private final RecordTable<Note> table;

    public NoteStore(Database database, History history, Clock clock) {
        this.table = new RecordTable<>(database, history, clock, TABLE, "note", new Mapping());
    }

    public long add(Note note) {
        return table.add(note);
    }

    /** Saves a new note (id 0) or a correction; returns its id. */
    public long save(Note note) {
        return table.save(note);
    }

    /** Saves a correction, keeping the version it replaces. */
    public void correct(Note note) {
        table.correct(note);
    }

    /** The case's notes, newest first, not counting those in the bin. */
    public List<Note> notes(long caseId) {
        return table.list(caseId, "", "happened_on DESC, id DESC");
    }

    /** The notes on the effect on the child, oldest first, as a complaint letter would quote them. */
    public List<Note> effectOnChild(long caseId) {
        return table.list(caseId, "AND category = 'EFFECT_ON_CHILD'", "happened_on, id");
    }

    public Optional<Note> find(long id) {
        return table.find(id);
    }

    public List<Amended<Note>> history(long id) {
        return table.history(id);
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

    private static final class Mapping implements RecordTable.Mapping<Note> {

        @Override
        public Note read(RowColumns r) throws SQLException {
            return new Note(r.number("id"), r.number("case_id"), r.date("happened_on").orElseThrow(),
                    NoteCategory.valueOf(r.text("category")), r.textOrEmpty("text"), r.dateTime("recorded_at"));
        }

        @Override
        public ColumnValues values(Note note) {
            return new ColumnValues().put("happened_on", note.happenedOn()).put("category", note.category())
                    .put("text", note.text());
        }

        @Override
        public long id(Note note) {
            return note.id();
        }

        @Override
        public long caseId(Note note) {
            return note.caseId();
        }

        @Override
        public BinnedItem binned(Note note, LocalDateTime deletedAt) {
            return new BinnedItem("Note", note.id(), note.title(), note.happenedOn().atStartOfDay(), deletedAt);
        }
    }
}
