package uk.cml.ui.notes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.store.NoteStore;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.DateInput;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.RecordsPage;
import uk.cml.ui.common.TabMovesFocus;
import uk.cml.ui.shell.Page;

/**
 * Dated notes about the case. Notes on the effect on the child are the ones complaint letters quote,
 * so the kind is chosen on each note. Corrections keep history; deleting moves a note to the bin.
 */
public final class NotesView extends Page {

    private final NotesModel model;
    private final DateInput date = new DateInput();
    /** The form's answers as it was last filled, so typing not yet saved is never cleared away without asking. */
    private final AnswersAsFilled asFilled = new AnswersAsFilled(this::answers);

    public NotesView(NoteStore store, Background background, Clock clock, ObjectProperty<CaseFile> currentCase) {
        this(store, background, clock, currentCase, DraftKeeper.none());
    }

    /** @param drafts keeps what is typed in the form as it is typed, and puts it back after the app was closed */
    public NotesView(NoteStore store, Background background, Clock clock, ObjectProperty<CaseFile> currentCase,
                     DraftKeeper drafts) {
        super("notes", Messages.text("notes.view.notes"));
        this.model = new NotesModel(store, clock, background, currentCase);
        ComboBox<NoteCategory> category = new ComboBox<>(FXCollections.observableArrayList(NoteCategory.values()));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        TextArea text = TabMovesFocus.on(new TextArea());
        text.textProperty().bindBidirectional(model.textProperty());
        text.setWrapText(true);
        text.setPrefRowCount(8);
        FormGrid form = new FormGrid();
        FormGrid.follow(form.add("note-date", Messages.text("notes.view.date"), date.field(),
                Messages.text("notes.view.theDayThisHappened")), model.dateProblemProperty());
        form.add("note-category", Messages.text("notes.view.kindOfNote"), category,
                Messages.text("notes.view.chooseEffectOnTheChild"));
        FormGrid.follow(form.add("note-text", Messages.text("notes.view.note"), text, null),
                model.textProblemProperty());
        date.set(model.dateProperty().get());
        asFilled.filled();
        KeptForm kept = drafts.keep("note", model::draftRecord, asFilled, form);
        RecordsPage.Parts<Note> parts = new RecordsPage.Parts<>("note", Messages.text("notes.view.notes"),
                Messages.text("notes.view.keepDatedNotesOfAnything"), Messages.text("notes.view.yourNotesNewestFirst"),
                Messages.text("notes.view.noNotesYet"), Messages.text("notes.view.saveNote"),
                Messages.text("notes.model.writeANewNote"), form, kept.notice(),
                note -> UkFormats.shortDate(note.happenedOn()) + "\n" + note.title(), Note::changesSince);
        RecordsPage<Note> page = new RecordsPage<>(model, parts, this::save, note -> {
            date.set(model.dateProperty().get());
            asFilled.filled();
        }).asksBeforeLosing(asFilled::changed);
        Node view = page.view();
        lay(view, () -> {
            page.afreshUnlessTyping();
            model.reload(Optional.empty());
        });
    }

    private List<Object> answers() {
        return List.of(date.date(), date.hasUnreadableText(), Optional.ofNullable(model.categoryProperty().get()),
                Optional.ofNullable(model.textProperty().get()).orElse(""));
    }

    private void save() {
        model.dateProperty().set(date.date().orElse(null));
        model.save(date.hasUnreadableText());
    }



    @Override
    public boolean holdsUnsavedTyping() {
        return asFilled.changed();
    }
}
