package uk.cml.ui.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.store.StandingStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.UkDateField;

/**
 * "CMS time limits the app counts with": every time limit in the facts table with its plain meaning, its figure,
 * where it comes from and when it was last checked, and a way to correct one (checked beside each box, saved as an
 * amendment with its history) or put back the original. Every page, letter and pack reads the facts table afresh,
 * so a corrected figure changes every date the app works out from it.
 */
public final class TimeLimitsPanel extends VBox {

    private final StandingStore store;
    private final Background background;
    private final Clock clock;
    private final VBox list = new VBox(10);
    private final VBox editor = new VBox(8);
    private final Label editHeading = new Label();
    private final TextField value = new TextField();
    private final TextField source = new TextField();
    private final UkDateField checked = new UkDateField();
    private final Label valueError;
    private final Label sourceError;
    private final Label checkedError;
    private final Label valueHint = new Label();
    private final Label history = new Label();
    private final Button original = new Button(Messages.text("settings.timeLimits.original"));
    private final Label said = new Label();
    private final Label heading = new Label();
    /** Asked to be in view, and the parent has not moved about the page since. */
    private boolean wanted;
    private TimeLimitsModel.Row editing;

    public TimeLimitsPanel(StandingStore store, Background background, Clock clock) {
        super(8);
        this.store = store;
        this.background = background;
        this.clock = clock;
        setId("settings-time-limits");
        heading.setText(Messages.text("settings.timeLimits.heading"));
        heading.setId("settings-time-limits-heading");
        heading.getStyleClass().add("heading");
        Label intro = wrapped(new Label(Messages.text("settings.timeLimits.intro")));
        list.setId("settings-time-limits-list");
        editHeading.getStyleClass().add("field-label");
        editHeading.setWrapText(true);
        FormGrid form = new FormGrid();
        valueError = form.add("settings-time-limit-value", Messages.text("settings.timeLimits.figureLabel"),
                value, null);
        valueHint.getStyleClass().add("field-hint");
        FormGrid.addUnder(value, valueHint);
        sourceError = form.add("settings-time-limit-source", Messages.text("settings.timeLimits.sourceLabel"),
                source, Messages.text("settings.timeLimits.sourceHint"));
        checkedError = form.add("settings-time-limit-checked", Messages.text("settings.timeLimits.checkedLabel"),
                checked, Messages.text("settings.timeLimits.checkedHint"));
        Button save = new Button(Messages.text("settings.timeLimits.save"));
        save.setId("settings-time-limit-save");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        // Enter in a box saves, as on the other pages' forms.
        value.setOnAction(e -> save());
        source.setOnAction(e -> save());
        original.setId("settings-time-limit-original");
        original.setOnAction(e -> putBack());
        Button close = new Button(Messages.text("settings.timeLimits.close"));
        close.setId("settings-time-limit-close");
        close.setOnAction(e -> {
            said.setText("");
            edit(null);
        });
        HBox buttons = new HBox(10, save, original, close);
        said.setId("settings-time-limit-said");
        wrapped(said);
        // No empty line in the form while there is nothing to say.
        said.managedProperty().bind(said.textProperty().isNotEmpty());
        history.setId("settings-time-limit-history");
        wrapped(history);
        history.getStyleClass().add("field-hint");
        editor.setId("settings-time-limit-editor");
        editor.getStyleClass().add("card");
        // What happened to a save is said in the form, beside the buttons pressed.
        editor.getChildren().addAll(editHeading, form, buttons, said, history);
        editor.managedProperty().bind(editor.visibleProperty());
        editor.setVisible(false);
        getChildren().addAll(heading, intro, list);
        localToSceneTransformProperty().addListener((obs, was, now) -> {
            if (wanted) {
                javafx.application.Platform.runLater(this::keepInView);
            }
        });
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                javafx.event.EventHandler<javafx.event.Event> moved = e -> wanted = false;
                scene.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, moved::handle);
                scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, moved::handle);
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, moved::handle);
            }
        });
        refresh();
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Scrolls Settings to the time limits, as a link from Where it stands asks. The panels above fill in as their
     * records load, moving this one down: it is kept in view as they do, until the parent scrolls, clicks or types.
     */
    public void reveal() {
        wanted = true;
        javafx.application.Platform.runLater(this::keepInView);
    }

    private void keepInView() {
        if (wanted) {
            uk.cml.ui.common.FirstProblem.bringIntoView(heading, heading);
        }
    }

    /** Each time Settings is shown: the figures read again, no old message. */
    public void shown() {
        said.setText("");
        refresh();
    }

    private void refresh() {
        background.run(store::facts, this::show, this::failed);
    }

    /**
     * The figures could not be read (a time limit gone from the records, say): said where the list would be, since
     * the form's own message line shows only while a limit is being corrected.
     */
    private void failed(Throwable e) {
        list.getChildren().clear();
        Label failed = wrapped(new Label(e.getMessage()));
        failed.setId("settings-time-limits-failed");
        failed.getStyleClass().add("field-error");
        list.getChildren().add(failed);
        edit(null);
    }

    private void show(CmsFacts facts) {
        list.getChildren().clear();
        for (TimeLimitsModel.Row row : TimeLimitsModel.rows(facts)) {
            Label meaning = wrapped(new Label(row.meaning()));
            meaning.setId(row.id() + "-meaning");
            meaning.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(meaning, Priority.ALWAYS);
            Label amount = new Label(row.amount());
            amount.setId(row.id() + "-amount");
            amount.getStyleClass().add("field-label");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            Button correct = new Button(Messages.text("settings.timeLimits.correct"));
            correct.setId(row.id() + "-correct");
            correct.setMinWidth(Region.USE_PREF_SIZE);
            correct.setAccessibleText(Messages.text("settings.timeLimits.correctOne", row.meaning()));
            correct.setOnAction(e -> {
                said.setText("");
                edit(row);
            });
            HBox top = new HBox(12, meaning, amount, correct);
            top.setAlignment(Pos.CENTER_LEFT);
            Label from = wrapped(new Label(row.said()));
            from.setId(row.id() + "-said");
            from.getStyleClass().add("field-hint");
            VBox one = new VBox(2, top, from);
            one.setId(row.id());
            list.getChildren().add(one);
            if (editing != null && editing.fact().key().equals(row.fact().key())) {
                editing = row;
            }
        }
        placeEditor();
    }

    /**
     * The form goes straight under the limit being corrected, where the parent pressed Correct, not under the whole
     * list (a long way down for the first limits).
     */
    private void placeEditor() {
        if (editor.getParent() instanceof javafx.scene.layout.Pane holder) {
            holder.getChildren().remove(editor);
        }
        int at = -1;
        for (int i = 0; editing != null && i < list.getChildren().size(); i++) {
            if (editing.id().equals(list.getChildren().get(i).getId())) {
                at = i;
            }
        }
        editor.setVisible(at >= 0);
        if (at >= 0) {
            list.getChildren().add(at + 1, editor);
        }
    }

    /** Opens a limit for correction with its figures as kept and its history; null closes the form. */
    private void edit(TimeLimitsModel.Row row) {
        editing = row;
        placeEditor();
        if (row == null) {
            return;
        }
        editHeading.setText(Messages.text("settings.timeLimits.editHeading", row.meaning()));
        value.setText(row.fact().value());
        value.setAccessibleText(Messages.text("settings.timeLimits.valueLabel", TimeLimitsModel.unitName(row.unit())));
        valueHint.setText(Messages.text("settings.timeLimits.valueLabel", TimeLimitsModel.unitName(row.unit()))
                + ". " + Messages.text("settings.timeLimits.valueHint", row.least(), row.unit().most()));
        source.setText(row.fact().source());
        checked.setDate(row.fact().lastChecked().orElse(null));
        FormGrid.show(valueError, Optional.empty());
        FormGrid.show(sourceError, Optional.empty());
        FormGrid.show(checkedError, Optional.empty());
        String key = row.fact().key();
        background.run(() -> store.factHistory(key), earlier -> {
            if (editing == null || !editing.fact().key().equals(key)) {
                return;
            }
            List<String> lines = TimeLimitsModel.history(earlier, row.unit());
            history.setText(lines.isEmpty() ? Messages.text("settings.timeLimits.noHistory")
                    : Messages.text("settings.timeLimits.historyHeading") + "\n" + String.join("\n", lines));
            // Nothing to put back while the figures kept are the original's (never corrected, or put back already).
            original.setDisable(earlier.isEmpty() || sameAsKept(earlier.get(0), row));
        }, e -> said.setText(e.getMessage()));
        value.requestFocus();
        // A limit low in the list opens its form below the window's edge: brought into view with its buttons.
        javafx.application.Platform.runLater(() -> uk.cml.ui.common.FirstProblem.bringIntoView(editHeading, said));
    }

    private static boolean sameAsKept(StandingStore.EarlierFact first, TimeLimitsModel.Row row) {
        return first.value().equals(row.fact().value()) && first.source().equals(row.fact().source())
                && first.lastChecked().equals(row.fact().lastChecked());
    }

    private void save() {
        TimeLimitsModel.Row row = editing;
        if (row == null) {
            return;
        }
        boolean ok = FormGrid.show(valueError, TimeLimitsModel.valueProblem(value.getText(), row.unit(), row.least()));
        ok &= FormGrid.show(sourceError, TimeLimitsModel.sourceProblem(source.getText()));
        Optional<LocalDate> day = checked.typedDate();
        ok &= FormGrid.show(checkedError, TimeLimitsModel.checkedProblem(day.orElse(null),
                checked.hasUnreadableText(), LocalDate.now(clock), row.fact().lastChecked()));
        if (!ok) {
            said.setText(Messages.text("settings.timeLimits.refused"));
            return;
        }
        String key = row.fact().key();
        String figure = value.getText().strip();
        background.run(() -> store.correctFact(key, figure, source.getText(), day), changed -> {
            said.setText(changed ? Messages.text("settings.timeLimits.saved", row.meaning(),
                    TimeLimitsModel.amount(row.unit(), figure)) : Messages.text("settings.timeLimits.nothingChanged"));
            reopen(key);
        }, e -> said.setText(e.getMessage()));
    }

    private void putBack() {
        TimeLimitsModel.Row row = editing;
        if (row == null) {
            return;
        }
        String key = row.fact().key();
        background.run(() -> {
            store.putBackOriginal(key);
            return store.facts();
        }, facts -> {
            TimeLimitsModel.rows(facts).stream().filter(r -> r.fact().key().equals(key)).findFirst().ifPresent(r ->
                    said.setText(Messages.text("settings.timeLimits.putBack", r.amount())));
            reopen(key);
        }, e -> said.setText(e.getMessage()));
    }

    /** Lists the limits again from the records and keeps the one corrected open, with its new history. */
    private void reopen(String key) {
        background.run(store::facts, facts -> {
            show(facts);
            TimeLimitsModel.rows(facts).stream().filter(r -> r.fact().key().equals(key)).findFirst()
                    .ifPresent(this::edit);
        }, e -> said.setText(e.getMessage()));
    }
}
