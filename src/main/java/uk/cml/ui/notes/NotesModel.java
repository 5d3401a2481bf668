package uk.cml.ui.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.EvidenceRules;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.store.NoteStore;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.RecordsModel;

/** The notes page: the case's notes, and the note being written or corrected with what is wrong with it. */
final class NotesModel extends RecordsModel<Note> {

    private final Clock clock;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<NoteCategory> category = new SimpleObjectProperty<>(NoteCategory.PLAIN);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty dateProblem = new SimpleStringProperty("");
    private final StringProperty textProblem = new SimpleStringProperty("");

    NotesModel(NoteStore store, Clock clock, Jobs jobs, ObjectProperty<CaseFile> currentCase) {
        super(store, store::notes, new Kind<>(Messages.text("notes.model.noun"),
                Messages.text("notes.model.writeANewNote"),
                note -> Messages.text("notes.model.noteOf", UkFormats.shortDate(note.happenedOn())), Note::id,
                Note::recordedAt), jobs, currentCase);
        this.clock = clock;
        showing(null);
    }

    /** The day the note is about; null when the box is empty. */
    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    ObjectProperty<NoteCategory> categoryProperty() {
        return category;
    }

    StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the date, or "" when it is fine. */
    StringProperty dateProblemProperty() {
        return dateProblem;
    }

    StringProperty textProblemProperty() {
        return textProblem;
    }

    @Override
    protected void showing(Note note) {
        date.set(note == null ? LocalDate.now(clock) : note.happenedOn());
        category.set(note == null ? NoteCategory.PLAIN : note.category());
        text.set(note == null ? "" : note.text());
        dateProblem.set("");
        textProblem.set("");
    }

    /** Saves the note when its answers are fine; {@code unreadableDate} says the date box holds text that is no date. */
    void save(boolean unreadableDate) {
        Optional<String> dateWrong = EvidenceRules.pastDate(Optional.ofNullable(date.get()), unreadableDate,
                LocalDate.now(clock));
        Optional<String> textWrong = EvidenceRules.longText(text.get(), true,
                Messages.text("notes.model.writeTheNoteFirst"));
        dateProblem.set(dateWrong.orElse(""));
        textProblem.set(textWrong.orElse(""));
        boolean fine = dateWrong.isEmpty() && textWrong.isEmpty();
        save((id, caseId) -> fine ? Optional.of(new Note(id, caseId, date.get(), category.get(), text.get(), null))
                : Optional.empty());
    }
}
