package uk.cml.ui.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.EvidenceRules;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.store.NoteStore;
import uk.cml.ui.common.HistoryList;
import uk.cml.ui.common.DateInput;
import uk.cml.ui.common.TabMovesFocus;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.SavedWithUndo;
import uk.cml.ui.shell.Section;

/**
 * Dated notes about the case. Notes on the effect on the child are the ones complaint letters quote,
 * so the kind is chosen on each note. Corrections keep history; deleting moves a note to the bin.
 */
public final class NotesView implements Section {

    private final NoteStore store;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final BorderPane view = new BorderPane();
    private final ListView<Note> list = new ListView<>();
    private final DateInput date = new DateInput();
    private final ComboBox<NoteCategory> category =
            new ComboBox<>(FXCollections.observableArrayList(NoteCategory.values()));
    private final TextArea text = TabMovesFocus.on(new TextArea());
    private final Label dateError;
    private final Label textError;
    private final Label formHeading = new Label();
    private final Label status = new Label();
    private final SavedWithUndo saved;
    private final Button moveToBin = new Button("Move to bin");
    private final HistoryList history = new HistoryList("note-history");
    private Note editing;

    public NotesView(NoteStore store, Background background, Clock clock, ObjectProperty<CaseFile> currentCase) {
        this.store = store;
        this.saved = new SavedWithUndo(background, status);
        this.background = background;
        this.clock = clock;
        this.currentCase = currentCase;
        list.setId("note-list");
        list.setAccessibleText("Your notes, newest first");
        list.setPlaceholder(new Label("No notes yet."));
        list.setCellFactory(v -> new NoteCell());
        list.setPrefWidth(330);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, note) -> {
            if (note != null) {
                edit(note);
            }
        });
        text.setWrapText(true);
        text.setPrefRowCount(8);
        FormGrid form = new FormGrid();
        dateError = form.add("note-date", "Date", date.field(), "The day this happened.");
        form.add("note-category", "Kind of note", category,
                "Choose \"Effect on the child\" for things like rent arrears or no money for a school uniform. "
                        + "Complaint letters can quote these.");
        textError = form.add("note-text", "Note", text, null);
        Button save = new Button("Save note");
        save.setId("note-save");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button fresh = new Button("Write a new note");
        fresh.setId("note-new");
        fresh.setOnAction(e -> startNew());
        moveToBin.setId("note-bin");
        moveToBin.setOnAction(e -> moveToBin());
        status.setId("note-status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        formHeading.getStyleClass().add("heading");
        VBox editor = new VBox(14, formHeading, form, history);
        editor.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        // The actions sit right under the scrolling form, so Save is always in view and never floats away.
        VBox center = new VBox(10, scroll, PageLayout.actionBar(save, fresh, moveToBin), status);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        center.setPadding(new Insets(0, 0, 0, 16));
        Label title = new Label("Notes");
        title.getStyleClass().add("title");
        Label intro = new Label("Keep dated notes of anything that matters to your case, and of how missed "
                + "payments affect your children.");
        intro.setWrapText(true);
        VBox top = new VBox(8, title, intro);
        top.setPadding(new Insets(0, 0, 16, 0));
        view.setTop(top);
        view.setLeft(list);
        view.setCenter(center);
        view.setPadding(new Insets(24, 24, 8, 32));
        currentCase.addListener((obs, old, now) -> reload(Optional.empty()));
        startNew();
    }

    @Override
    public String key() {
        return "notes";
    }

    @Override
    public String title() {
        return "Notes";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        reload(Optional.empty());
    }

    private void reload(Optional<Long> select) {
        reload(select, () -> { });
    }

    /** Reloads the list, selects a note, then runs {@code then} (after the selection has reset the status line). */
    private void reload(Optional<Long> select, Runnable then) {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            list.getItems().clear();
            return;
        }
        background.run(() -> store.notes(caseFile.id()), notes -> {
            list.getItems().setAll(notes);
            list.scrollTo(0); // newest first: the list opens at its newest note
            select.flatMap(id -> notes.stream().filter(n -> n.id() == id).findFirst())
                    .ifPresent(n -> list.getSelectionModel().select(n));
            then.run();
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void startNew() {
        editing = null;
        list.getSelectionModel().clearSelection();
        date.set(LocalDate.now(clock));
        category.setValue(NoteCategory.PLAIN);
        text.clear();
        List.of(dateError, textError).forEach(l -> FormGrid.show(l, Optional.empty()));
        history.show(List.of(), null, Note::changesSince);
        formHeading.setText("Write a new note");
        moveToBin.setDisable(true);
        status.setGraphic(null);
        status.setText("");
    }

    private void edit(Note note) {
        editing = note;
        date.set(note.happenedOn());
        category.setValue(note.category());
        text.setText(note.text());
        List.of(dateError, textError).forEach(l -> FormGrid.show(l, Optional.empty()));
        formHeading.setText("Note of " + UkFormats.shortDate(note.happenedOn()));
        moveToBin.setDisable(false);
        status.setGraphic(null);
        status.setText("Recorded in the app on " + UkFormats.dateTime(note.recordedAt())
                + ". Change anything and save: the earlier version is kept.");
        background.run(() -> store.history(note.id()), (List<Amended<Note>> earlier) -> {
            if (editing == note) {
                history.show(earlier, note, Note::changesSince);
            }
        }, error -> status.setText(Problems.forParent(error)));
    }

    private void save() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        boolean ok = FormGrid.show(dateError, EvidenceRules.pastDate(date.date(), date.hasUnreadableText(),
                LocalDate.now(clock)));
        ok &= FormGrid.show(textError, EvidenceRules.longText(text.getText(), true, "Write the note first."));
        if (!ok) {
            status.setGraphic(null);
            status.setText("Nothing was saved. Please check the answers marked in red.");
            return;
        }
        Note before = editing;
        Note note = new Note(before == null ? 0 : before.id(), caseFile.id(), date.date().orElseThrow(),
                category.getValue(), text.getText(), null);
        background.run(() -> {
            if (before == null) {
                return store.add(note);
            }
            store.correct(note);
            return note.id();
        }, id -> reload(Optional.of(id), () -> saved.afterSave("note-saved-undo", before == null,
                before == null ? "Note saved." : "Correction saved. The earlier version is kept below.",
                () -> store.moveToBin(id), () -> store.correct(before), (binned, then) -> {
                    if (binned) {
                        startNew();
                    }
                    reload(binned ? Optional.empty() : Optional.of(id), then);
                })), error -> status.setText(Problems.forParent(error)));
    }

    private void moveToBin() {
        Note note = editing;
        if (note == null) {
            return;
        }
        background.run(() -> {
            store.moveToBin(note.id());
            return note.id();
        }, id -> {
            startNew();
            reload(Optional.empty());
            status.setText("Moved the note to the bin. You can put it back from the Bin page.");
        }, error -> status.setText(Problems.forParent(error)));
    }

    private static final class NoteCell extends ListCell<Note> {
        NoteCell() {
            setPrefWidth(0);
            setWrapText(true);
            uk.cml.ui.common.FullTextTooltip.on(this);
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            setText(empty || note == null ? null : UkFormats.shortDate(note.happenedOn()) + "\n" + note.title());
        }
    }
}
