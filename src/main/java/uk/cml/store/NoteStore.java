package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoSource;

/** Dated notes, including notes on the effect on the child. Corrections keep history; deleting bins a note. */
public final class NoteStore extends RecordStore<Note> implements TimelineSource, TodoSource {

    static final String TABLE = "note";

    public NoteStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, "note", Note::id, Note::caseId);
    }

    /** The case's notes, newest first, not counting those in the bin. */
    public List<Note> notes(long caseId) {
        return table().list(caseId, "", "happened_on DESC, id DESC");
    }

    /** The notes on the effect on the child, oldest first, as a complaint letter would quote them. */
    public List<Note> effectOnChild(long caseId) {
        return table().list(caseId, "AND category = 'EFFECT_ON_CHILD'", "happened_on, id");
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return table().saved(caseId, "", "happened_on DESC, id DESC").stream().map(saved -> {
            Note note = saved.record();
            return new TimelineEntry(TimelineKind.NOTE, note.happenedOn().atStartOfDay(), saved.recorded(),
                    note.title(), note.category().label() + ": " + note.text(), note.id());
        }).toList();
    }

    /** Notes ask nothing of the parent; they take part so the Overview can treat every area alike. */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        return List.of();
    }

    @Override
    Note read(RowColumns r) throws SQLException {
        return new Note(r.number("id"), r.number("case_id"), r.date("happened_on").orElseThrow(),
                NoteCategory.valueOf(r.text("category")), r.textOrEmpty("text"), r.dateTime("recorded_at"));
    }

    @Override
    ColumnValues values(Note note) {
        return new ColumnValues().put("happened_on", note.happenedOn()).put("category", note.category())
                .text("text", note.text(), TextLimit.LONG);
    }

    @Override
    BinnedItem binned(Note note, LocalDateTime deletedAt) {
        return BinnedItem.onDay(Words.text("bin.kind.note"), note.id(), note.title(), note.happenedOn(), deletedAt);
    }
}
