package uk.cml.ui.common;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form laid out as label, field, and under the field a hint and the message that says what is
 * wrong with it. Every field gets a stable id, and its error label the id plus "-error". A field with a
 * problem gets the theme's red outline (AtlantaFX's {@code :danger} state); the message's line is kept
 * even while empty, so the form does not jump when a message appears.
 */
public final class FormGrid extends GridPane {

    static final String FIELD = "cml.field-with-problem";
    private static final String NO_PROBLEM = " ";
    /** AtlantaFX's DANGER (its classes are built for Java 21, so named here): the theme's red outline. */
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    /** Each row as added: a label and its field's cell, or one node across the form (label null). */
    private final java.util.List<Node[]> rows = new java.util.ArrayList<>();
    private boolean twoColumns;
    /** In two columns, the second column does not grow (see {@link #secondColumnAsItsFields}). */
    private boolean secondAsItsFields;
    /** Fields' cells that take a line of their own in two columns (see {@link #acrossInTwoColumns}). */
    private final java.util.Set<Node> acrossInTwo = new java.util.HashSet<>();

    public FormGrid() {
        getStyleClass().add("form-grid");
        // The label column's width comes from the stylesheet (.form-grid > .field-label), the same in every form.
        place();
    }

    /** Adds a row and returns the label that shows this field's problem (hidden while there is none). */
    public Label add(String id, String labelText, Control field, String hint) {
        field.setId(id);
        field.setAccessibleText(labelText);
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMnemonicParsing(false);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        // Its wrapped lines, never fewer: a long question ("Did you tell them about missed payments on this call?")
        // in the label column is as tall as its words, never cut short at the foot of its row.
        label.setMinHeight(Region.USE_PREF_SIZE);
        field.getStyleClass().add("form-field"); // its widest, from app.css
        if (field instanceof javafx.scene.control.Labeled words) {
            words.setWrapText(true);
        }
        if (field instanceof javafx.scene.control.ComboBox<?> choices) {
            // A drop-down narrower than its longest choice would cut the chosen words short.
            ChoiceWidth.keep(choices);
        } else if (field instanceof javafx.scene.control.ComboBoxBase<?>) {
            field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label error = errorLabel(id, field);
        VBox cell = new VBox(3, field);
        if (hint != null && !hint.isBlank()) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("field-hint");
            hintLabel.setWrapText(true);
            cell.getChildren().add(hintLabel);
        }
        cell.getChildren().add(error);
        getChildren().addAll(label, cell);
        rows.add(new Node[] {label, cell});
        // A row shown only at times (managed bound to visible, as the certificate's rows once the parent says they
        // got one) takes its own line when it appears: placed only while hidden, it fell below the rows after it.
        cell.managedProperty().addListener((obs, was, now) -> place());
        place();
        return error;
    }

    /** The hint under a field added by {@link #add} with one, for words that change with another answer. */
    public static Optional<Label> hintOf(Control field) {
        return field.getParent() instanceof VBox cell ? cell.getChildren().stream()
                .filter(n -> n instanceof Label l && l.getStyleClass().contains("field-hint")).map(Label.class::cast)
                .findFirst() : Optional.empty();
    }

    /** A note of its own under a field added by {@link #add}, above the field's problem line. */
    public static void addUnder(Control field, Node note) {
        if (field.getParent() instanceof VBox cell) {
            cell.getChildren().add(cell.getChildren().size() - 1, note);
        }
    }

    /** A row that spans the form, for a heading or an explanation. */
    public void addWide(Node node) {
        getChildren().add(node);
        rows.add(new Node[] {null, node});
        // A note shown only while it has words (managed bound to them) takes its line when it appears: placed only
        // while hidden, it kept the grid's first cell, over the first field's label.
        node.managedProperty().addListener((obs, was, now) -> place());
        place();
    }

    /**
     * Two columns of fields, each with its label above it, rather than one column with the labels beside: on a small
     * window, where the form has the width but not the height (the Payments form under its table at 1024 x 700),
     * twice as many fields are in view and each field keeps a readable width. A row across the form (a warning) goes
     * under the line that holds the field it follows.
     */
    public void setTwoColumns(boolean two) {
        if (two != twoColumns) {
            twoColumns = two;
            place();
        }
    }

    /**
     * In two columns, the second as wide as its fields need and the first taking the rest: "What it is" beside a date
     * (Documents) had 190 px at 1024 x 700 while the date's column, grown as much, held a 190 px date box in 280.
     */
    public void secondColumnAsItsFields() {
        secondAsItsFields = true;
        place();
    }

    /**
     * In two columns, this field takes a line of its own across both: one with a long hint, which in half the width
     * wrapped so far that the field and its hint were taller than the form's view (Adjustments' Amount at 1024 x 700).
     */
    public void acrossInTwoColumns(Control field) {
        rows.stream().filter(r -> r[0] instanceof Label l && l.getLabelFor() == field).findFirst()
                .ifPresent(r -> acrossInTwo.add(r[1]));
        place();
    }

    /**
     * Shows or hides a field added by {@link #add}, with its label, hint and message; a hidden field takes no room.
     * For a question that does not apply to this case (the Collect and Pay fee, on a Direct Pay case).
     */
    public void showRow(Control field, boolean shown) {
        rows.stream().filter(r -> r[0] instanceof Label l && l.getLabelFor() == field).findFirst().ifPresent(r -> {
            if (r[1].isManaged() != shown) {
                for (Node node : r) {
                    node.setVisible(shown);
                    node.setManaged(shown);
                }
                place();
            }
        });
    }

    private void place() {
        ColumnConstraints first = new ColumnConstraints();
        first.setHalignment(HPos.LEFT);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        second.setFillWidth(true);
        if (twoColumns) {
            // Two field columns of the same width, whatever their fields would like, unless one needs more for its
            // longest choice (a percentage would double that need for the whole form, past the window's edge).
            first.setPrefWidth(100);
            first.setHgrow(Priority.ALWAYS);
            first.setFillWidth(true);
            second.setPrefWidth(100);
            if (secondAsItsFields) {
                second.setHgrow(Priority.NEVER);
            }
        }
        getColumnConstraints().setAll(first, second);
        int line = 0;
        int column = 0;
        java.util.List<Node> across = new java.util.ArrayList<>();
        for (Node[] row : rows) {
            if (!row[1].isManaged()) {
                continue;
            }
            if (row[0] == null) {
                across.add(row[1]);
                if (!twoColumns) {
                    GridPane.setConstraints(row[1], 0, line++, 2, 1);
                }
                continue;
            }
            Label label = (Label) row[0];
            VBox cell = (VBox) row[1];
            if (!twoColumns) {
                if (label.getParent() == cell) {
                    cell.getChildren().remove(label);
                    getChildren().add(getChildren().indexOf(cell), label);
                }
                GridPane.setConstraints(label, 0, line, 1, 1, HPos.LEFT, VPos.TOP);
                GridPane.setConstraints(cell, 1, line++, 1, 1, HPos.LEFT, VPos.TOP);
                continue;
            }
            if (label.getParent() != cell) {
                getChildren().remove(label);
                cell.getChildren().add(0, label);
            }
            // Rows across that follow a full line (the note under the Amount, its second field) go under it, before
            // the next line begins; flushed on completing the line, they fell below the line after it.
            if (column == 0) {
                line = across(across, line);
            }
            if (acrossInTwo.contains(cell)) {
                line += column;
                GridPane.setConstraints(cell, 0, line++, 2, 1, HPos.LEFT, VPos.TOP);
                column = 0;
                line = across(across, line);
                continue;
            }
            GridPane.setConstraints(cell, column, line, 1, 1, HPos.LEFT, VPos.TOP);
            column++;
            if (column == 2) {
                column = 0;
                line++;
            }
        }
        if (twoColumns) {
            across(across, line + column);
        }
    }

    /** Places {@code wide} rows across both columns from {@code line}; returns the line after them. */
    private static int across(java.util.List<Node> wide, int line) {
        int at = line;
        for (Node node : wide) {
            GridPane.setConstraints(node, 0, at++, 2, 1);
        }
        wide.clear();
        return at;
    }

    /**
     * GridPane shares the width out from the columns' preferred widths (the same for both) and lets a column end up
     * narrower than the least width of a field in it: Adjustments' "What happened" ran 21 px under Date at 1024 wide.
     * Each column is kept at least as wide as its fields need.
     */
    @Override
    protected void layoutChildren() {
        if (twoColumns && getColumnConstraints().size() == 2) {
            double[] least = new double[2];
            for (Node child : getChildren()) {
                Integer column = GridPane.getColumnIndex(child);
                Integer span = GridPane.getColumnSpan(child);
                if (child.isManaged() && column != null && column < 2 && (span == null || span == 1)) {
                    least[column] = Math.max(least[column], child.minWidth(-1));
                }
            }
            for (int i = 0; i < 2; i++) {
                ColumnConstraints column = getColumnConstraints().get(i);
                if (Math.abs(column.getMinWidth() - least[i]) > 0.5) {
                    column.setMinWidth(least[i]);
                }
            }
        }
        super.layoutChildren();
    }

    /** The message line for a field: empty (but taking its place) until {@link #show} gives it a problem. */
    public static Label errorLabel(String fieldId, Control field) {
        Label error = new Label(NO_PROBLEM);
        error.setId(fieldId + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setVisible(false);
        if (field != null) {
            error.getProperties().put(FIELD, field);
            forgetOnceChanged(error, field);
        }
        return error;
    }

    /** What the field said when its problem was shown: typing anything else takes the problem away. */
    private static final String SHOWN_FOR = "cml.problem-shown-for";
    /** A message line kept by a model ({@link #follow}): what takes the model's problem away. */
    private static final String FOLLOWED = "cml.problem-followed";

    /**
     * A field's problem goes as soon as the parent changes the answer, as they expect: a red "Use pounds and pence"
     * under "212.40" read as if 212.40 were wrong. Save or Next checks the answer again.
     */
    private static void forgetOnceChanged(Label error, Control field) {
        javafx.beans.value.ObservableValue<?> answer = answerOf(field);
        if (answer == null) {
            return;
        }
        answer.addListener((obs, old, now) -> {
            if (!error.isVisible()) {
                return;
            }
            String typed = now == null ? "" : now.toString().strip();
            // A date box is emptied for a moment by its picker as the keyboard leaves it, then given its text back.
            if (field instanceof javafx.scene.control.DatePicker && typed.isEmpty()) {
                return;
            }
            if (!typed.equals(error.getProperties().get(SHOWN_FOR))) {
                // A model's problem is taken away in the model, so the same problem found again shows again.
                if (error.getProperties().get(FOLLOWED) instanceof Runnable forget) {
                    forget.run();
                } else {
                    show(error, Optional.empty());
                }
            }
        });
    }

    private static javafx.beans.value.ObservableValue<?> answerOf(Control field) {
        if (field instanceof javafx.scene.control.TextInputControl text) {
            return text.textProperty();
        }
        if (field instanceof javafx.scene.control.DatePicker date) {
            return date.getEditor().textProperty();
        }
        if (field instanceof javafx.scene.control.ComboBoxBase<?> choice) {
            return choice.valueProperty();
        }
        return null;
    }

    /**
     * True while some field under {@code root} shows a problem: until then a status line saying "check the answers
     * marked in red" still points at something.
     */
    public static boolean anyProblemShown(Node root) {
        return root.lookupAll(".field-error").stream().anyMatch(node -> node instanceof Label label
                && shown(label) && !label.getText().isBlank());
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A message line that belongs to no one field (a row of quick buttons, say). */
    public static Label errorLabel(String id) {
        return errorLabel(id, null);
    }

    /** Shows or clears a field's problem, and outlines the field in red while it has one. True when there was none. */
    public static boolean show(Label error, Optional<String> given) {
        // 31/02/2026 is typed just as the usual "type it like 22/11/2026" asks: say what is wrong with it instead.
        Optional<String> problem = given.isPresent() && error.getProperties().get(FIELD) instanceof UkDateField date
                ? date.typedNoRealDay().map(typed -> Messages.text("common.formGrid.noSuchDay", typed)).or(() -> given)
                : given;
        boolean wasShown = error.isVisible();
        // A space while there is no problem keeps the line exactly one message high.
        error.setText(problem.orElse(NO_PROBLEM));
        error.setVisible(problem.isPresent());
        error.setAccessibleText(problem.orElse(null));
        if (error.getProperties().get(FIELD) instanceof Control field) {
            javafx.beans.value.ObservableValue<?> answer = answerOf(field);
            // A date box its picker has just emptied still holds what the parent typed (UkDateField keeps it).
            Object typed = field instanceof UkDateField date ? date.typedText()
                    : answer == null ? null : answer.getValue();
            error.getProperties().put(SHOWN_FOR, typed == null ? "" : typed.toString().strip());
            field.pseudoClassStateChanged(DANGER, problem.isPresent());
            field.setAccessibleHelp(problem.orElse(null));
        }
        if (wasShown && problem.isEmpty()) {
            // Told up the form, however the answer was put right: a choice made in a drop-down's list or a date
            // picked in its calendar is clicked in a window of its own, which the form never sees (onceNothingIsRed).
            error.fireEvent(new javafx.event.Event(PROBLEM_GONE));
        }
        return problem.isEmpty();
    }

    /**
     * Runs {@code then} once every answer marked in red in {@code form} has been changed (a message hides as its
     * answer changes): "Nothing was saved. Check the answers marked in red." then points at nothing, and goes.
     */
    public static void onceNothingIsRed(Node form, Runnable then) {
        javafx.event.EventHandler<javafx.event.Event> check = e -> javafx.application.Platform.runLater(() -> {
            if (!anyProblemShown(form)) {
                then.run();
            }
        });
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, check::handle);
        form.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, check::handle);
        form.addEventFilter(PROBLEM_GONE, check::handle);
    }

    /** Fired at a field's message line as its problem goes, whatever put it right (see {@link #onceNothingIsRed}). */
    static final javafx.event.EventType<javafx.event.Event> PROBLEM_GONE =
            new javafx.event.EventType<>(javafx.event.Event.ANY, "CML_PROBLEM_GONE");

    /**
     * Keeps an error label showing a model's reason an answer is wrong ("" when it is fine). As with every other
     * field, the parent changing the answer takes the reason away (the model's, so Save finds it again if need be).
     */
    public static Label follow(Label error, StringProperty problem) {
        error.getProperties().put(FOLLOWED, (Runnable) () -> problem.set(""));
        problem.addListener((obs, old, now) -> show(error, Optional.ofNullable(now).filter(p -> !p.isEmpty())));
        return error;
    }
}
