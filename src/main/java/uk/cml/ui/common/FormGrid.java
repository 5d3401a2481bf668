package uk.cml.ui.common;

import java.util.Optional;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A form laid out as label, field, and under the field a hint and the message that says what is
 * wrong with it. Every field gets a stable id, and its error label the id plus "-error".
 */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        // The label column's width comes from the stylesheet (.form-grid > .field-label), the same in every form.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
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
        field.setMaxWidth(560);
        if (field instanceof javafx.scene.control.Labeled words) {
            words.setWrapText(true);
        }
        if (field instanceof javafx.scene.control.ComboBoxBase<?>) {
            // A drop-down narrower than its longest choice would cut the chosen words short.
            field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label error = errorLabel(id);
        VBox cell = new VBox(3, field);
        if (hint != null && !hint.isBlank()) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().add("field-hint");
            hintLabel.setWrapText(true);
            cell.getChildren().add(hintLabel);
        }
        cell.getChildren().add(error);
        GridPane.setValignment(label, VPos.TOP);
        add(label, 0, row);
        add(cell, 1, row);
        row++;
        return error;
    }

    /** A row that spans the form, for a heading or an explanation. */
    public void addWide(Node node) {
        add(node, 0, row, 2, 1);
        row++;
    }

    public static Label errorLabel(String fieldId) {
        Label error = new Label();
        error.setId(fieldId + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        return error;
    }

    /** Shows or clears a field's problem. Returns true when there was none. */
    public static boolean show(Label error, Optional<String> problem) {
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        error.setAccessibleText(problem.orElse(null));
        return problem.isEmpty();
    }

    /** Keeps an error label showing a model's reason an answer is wrong ("" when it is fine). */
    public static Label follow(Label error, ObservableStringValue problem) {
        problem.addListener((obs, old, now) -> show(error, Optional.ofNullable(now).filter(p -> !p.isEmpty())));
        return error;
    }
}
