package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.evidence.FieldChange;

/**
 * The layout the calls and notes pages share, bound to their {@link RecordsModel}: the records down the left,
 * newest first; the form with its heading and history on the right; Save, New and Move to bin kept in view below
 * it, and the status line above them (with Undo after a move to the bin). Ids start with the page's prefix
 * ("call-list").
 */
public final class RecordsPage<T> {

    /**
     * What makes one page of records.
     *
     * @param prefix    starts every control's id: "call" gives call-list, call-save, call-bin, call-status
     * @param form      the page's fields
     * @param belowForm shown between the form and the actions (a hint that must stay in view), or null
     * @param cellText  how the list writes one record
     * @param changes   what a correction changed, for the history
     */
    public record Parts<T>(String prefix, String title, String intro, String listText, String emptyList,
                           String saveText, String newText, Node form, Node belowForm, Function<T, String> cellText,
                           BiFunction<T, T, List<FieldChange>> changes) {
    }

    private final BorderPane view = new BorderPane();
    private Parts<T> parts;
    private final ListView<T> list = new ListView<>();
    /** Asks before what the parent typed is cleared away; never asks until a page says how to tell typing. */
    private final LosingQuestion losing;
    private final Runnable startNew;
    private final RecordsModel<T> model;

    /**
     * @param saveForm reads the form and asks the model to save it
     * @param showForm fills the form with a record, or empties it for a new one (null)
     * @param more     actions on the record shown, such as "Write a letter confirming this call", under its heading
     */
    public RecordsPage(RecordsModel<T> model, Parts<T> parts, Runnable saveForm, Consumer<T> showForm,
                       Button... more) {
        String prefix = parts.prefix();
        this.model = model;
        losing = new LosingQuestion(prefix);
        list.setId(prefix + "-list");
        list.setAccessibleText(parts.listText());
        ReadingPlaceholder.until(list.placeholderProperty(), PageLayout.emptyNote(parts.emptyList()),
                model.readProperty());
        this.parts = parts;
        list.setCellFactory(v -> new RecordCell<>(parts.cellText()));
        list.getStyleClass().add("record-list");
        // A third of the page, between the stylesheet's least and most (.record-list): on a narrow window the
        // form beside it keeps the room its fields need, so it never scrolls sideways.
        list.prefWidthProperty().bind(view.widthProperty().multiply(0.3));
        list.setItems(model.items());
        // The arrow keys only move along the list; Enter (or a click) opens the record chosen, Enter then takes the
        // keyboard into the form. Opening each record passed by the arrows asked "Lose what I typed?" at every step.
        java.util.function.Supplier<Boolean> chosen = RowOpening.install(list,
                list.getSelectionModel().selectedItemProperty(), list.getFocusModel()::getFocusedItem,
                this::open, record -> {
                    if (record == model.editingProperty().get()) {
                        RowOpening.focusFirstIn(parts.form());
                    }
                });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, record) -> {
            if (chosen.get()) {
                open(record);
            }
        });
        // Newest first: after each load the list is back at its newest record.
        model.items().addListener((javafx.collections.ListChangeListener<T>) change -> list.scrollTo(0));
        model.editingProperty().addListener((obs, old, record) -> {
            losing.hide();
            if (record == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.scrollTo(record);
                list.getSelectionModel().select(record);
            }
            showForm.accept(record);
        });
        ScrollPane scroll = new ScrollPane();
        Button save = PageLayout.button(prefix + "-save", parts.saveText(), () -> {
            losing.hide();
            saveForm.run();
            FirstProblem.reveal(scroll);
        });
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        startNew = () -> {
            model.startNew();
            showForm.accept(null);
            // A new record's form opens at its first field: after a save at the form's foot, "Note a new call" left
            // the empty form scrolled to its end, and a reviewer had to scroll up to find the date.
            scroll.setVvalue(scroll.getVmin());
        };
        // Another case chosen: a clean form for it, unless the parent is typing (then Save explains, and New asks).
        // A question still showing is withdrawn, typing kept: answered "Lose" later, it opened the first case's
        // record under the second case's page.
        model.whenCaseChanges(() -> {
            if (losing.typing()) {
                losing.hide();
            } else {
                startNew.run();
            }
        });
        Button fresh = PageLayout.button(prefix + "-new", parts.newText(), () -> losing.beforeLosing(startNew));
        Button moveToBin = new Button(Messages.text("common.recordsPage.moveToBin"));
        moveToBin.setId(prefix + "-bin");
        moveToBin.setOnAction(e -> model.moveToBin());
        // Only while the record's own case is open: one kept open, being corrected, across a change of case
        // belongs to the case it was opened under, as on the Payments page.
        moveToBin.disableProperty().bind(model.canMoveToBin().not());
        List<Node> actions = new ArrayList<>(List.of(save, fresh, moveToBin));
        HistoryList history = new HistoryList(prefix + "-history");
        model.history().addListener((InvalidationListener) obs -> history.show(List.copyOf(model.history()),
                model.editing().orElse(null), parts.changes()));
        Label formHeading = new Label();
        formHeading.getStyleClass().add("heading");
        formHeading.setId(prefix + "-form-heading");
        formHeading.textProperty().bind(model.headingProperty());
        if (parts.form() instanceof FormGrid grid) {
            // Beside the list the form has about 450 px at 1024 wide: the wide label column left the fields 245 px
            // and a date's message four lines long. A narrower column (.records-form) gives them 300.
            grid.getStyleClass().addAll("side-form", "records-form");
        }
        // Once every answer marked in red has been changed, "check the answers marked in red" points at nothing.
        FormGrid.onceNothingIsRed(parts.form(), model.status()::refusalPutRight);
        VBox editor = new VBox(14, formHeading, parts.form(), history);
        if (more.length > 0) {
            // What can be done with the record shown ("Write a letter confirming this call") goes under its heading:
            // beside the form's own buttons it put them on two lines at 1024 wide.
            FlowPane withThis = PageLayout.actionBar(more);
            withThis.getStyleClass().setAll("action-row", "record-actions");
            // Only for a saved record: on a new call's empty form it stood greyed out above the first field.
            withThis.visibleProperty().bind(model.hasSaved());
            withThis.managedProperty().bind(model.hasSaved());
            editor.getChildren().add(1, withThis);
        }
        editor.getStyleClass().add("record-editor");
        scroll.setContent(editor);
        scroll.setFitToWidth(true);
        Label status = StatusLine.bind(new Label(), model.status(), prefix + "-undo");
        status.setId(prefix + "-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("status");
        // The actions sit right under the scrolling form, so Save is always in view and never floats away.
        VBox center = new VBox(10, scroll);
        if (parts.belowForm() != null) {
            center.getChildren().add(parts.belowForm());
        }
        // Save, New and Move to bin: the question takes their place while it is asked, so the form keeps its room.
        // The status line above them, not under: "Call saved." with its buttons, coming in under them, pushed Save,
        // New and Move to bin 16 px up the page; above them it takes its room from the form, and they stay put.
        FlowPane actionBar = PageLayout.actionBar(actions.toArray(Node[]::new));
        center.getChildren().addAll(status, losing.inPlaceOf(actionBar).view(), actionBar);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        center.getStyleClass().add("beside-list");
        Label intro = new Label(parts.intro());
        intro.setWrapText(true);
        VBox top = new VBox(8, PageLayout.title(parts.title()), intro);
        top.getStyleClass().add("page-head");
        view.setTop(top);
        view.setLeft(list);
        view.setCenter(center);
        view.getStyleClass().add("page"); // margins from app.css
        // "Call saved." goes once the parent types a new one, chooses another, or leaves the page.
        MovingOn.watch(view, model.status());
    }

    /** Opens {@code record} in the form, first asking if typing would be lost; the record open already, nothing. */
    private void open(T record) {
        if (record != null && record != model.editingProperty().get()) {
            if (losing.typing()) {
                // The form stays as typed, and so does the list, until the parent says to lose it.
                javafx.application.Platform.runLater(() -> {
                    T open = model.editingProperty().get();
                    if (open == null) {
                        list.getSelectionModel().clearSelection();
                    } else {
                        list.getSelectionModel().select(open);
                    }
                });
                losing.ask(() -> model.edit(record));
            } else {
                model.edit(record);
            }
        }
    }

    /**
     * From now on, "New" and choosing another record in the list first ask whether to lose what is typed, while
     * {@code unsavedTyping} says the form holds some: a half-typed record is never cleared away without asking.
     */
    public RecordsPage<T> asksBeforeLosing(BooleanSupplier unsavedTyping) {
        losing.whenTyping(unsavedTyping);
        return this;
    }

    /**
     * Back on the page: a record left open (to read its history, say) with nothing typed becomes a fresh form, so
     * what is typed next is never saved over it.
     */
    public void afreshUnlessTyping() {
        if (model.editingProperty().get() != null && !losing.typing()) {
            startNew.run();
        }
    }

    /** Runs {@code then} (another page opening a record here, say) once the parent agrees to lose their typing. */
    public void beforeLosing(Runnable then) {
        losing.beforeLosing(then);
    }

    public Node view() {
        return view;
    }


    /**
     * Shows under a record's lines in the list its status as a chip ({@link StatusChip}), when it has one: a call
     * whose promised day has gone says "Promised date passed".
     */
    public RecordsPage<T> withStatus(Function<T, StatusChip.Status> status) {
        list.setCellFactory(v -> new RecordCell<>(parts.cellText(), status));
        return this;
    }

    /** The same, the rows' statuses read again whenever {@code readsFrom} (what the status is worked out from) changes. */
    public RecordsPage<T> withStatus(Function<T, StatusChip.Status> status,
            javafx.beans.value.ObservableValue<?> readsFrom) {
        readsFrom.addListener((obs, old, now) -> list.refresh());
        return withStatus(status);
    }

    /**
     * A record's lines (a call: its day and time, who called whom, what was said), each on a line of its own; the
     * lines between the first and the last wrap, and the last is cut with "..." at the list's width if it must be. The text wrapped as one: a call's cell stood two lines high
     * at 1024 wide, its second line "The CMS called me (Mark, ..." and what was said not there at all. The whole
     * text is in the tooltip.
     */
    private static final class RecordCell<T> extends ListCell<T> {
        /** Lines shown in the list; what follows is in the tooltip and the form. */
        private static final int SHOWN_LINES = 3;
        private final Function<T, String> text;
        private final Function<T, StatusChip.Status> status;
        private final VBox lines = new VBox();

        RecordCell(Function<T, String> text) {
            this(text, record -> StatusChip.Status.NONE);
        }

        RecordCell(Function<T, String> text, Function<T, StatusChip.Status> status) {
            this.text = text;
            this.status = status;
            // Within the list's width rather than widening the list with a sideways scroll bar.
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            lines.setMinWidth(0);
            lines.prefWidthProperty().bind(widthProperty().subtract(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> snappedLeftInset() + snappedRightInset(), insetsProperty())));
            lines.maxWidthProperty().bind(lines.prefWidthProperty());
            FullTextTooltip.on(this);
        }

        @Override
        protected void updateItem(T record, boolean empty) {
            super.updateItem(record, empty);
            if (empty || record == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String all = text.apply(record);
            setText(all);
            lines.getChildren().clear();
            String[] each = all.split("\n");
            int shown = Math.min(SHOWN_LINES, each.length);
            for (int i = 0; i < shown; i++) {
                Label line = new Label(each[i]);
                line.setMinWidth(0);
                line.setMaxWidth(Double.MAX_VALUE);
                if (i > 0 && i < shown - 1) {
                    // Who called whom wraps rather than ending in "..." at 1024 wide; only the last line, the start
                    // of what was said, is cut, as the form and the tooltip hold it whole.
                    line.setWrapText(true);
                    line.prefWidthProperty().bind(lines.prefWidthProperty());
                    line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its wrapped lines, never fewer
                }
                line.textFillProperty().bind(textFillProperty());
                FullTextTooltip.on(line); // a line cut with "..." reads whole on pointing at it
                lines.getChildren().add(line);
            }
            StatusChip.Status said = status.apply(record);
            if (!said.text().isEmpty()) {
                // Under the lines, on one of its own: the list is never widened for it.
                Label chip = StatusChip.of(said);
                chip.setTooltip(new javafx.scene.control.Tooltip(said.inFull()));
                VBox.setMargin(chip, new javafx.geometry.Insets(2, 0, 0, 0));
                lines.getChildren().add(chip);
            }
            setGraphic(lines);
        }
    }
}
