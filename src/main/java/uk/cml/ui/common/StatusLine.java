package uk.cml.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Shows a {@link PageStatus} in a label: its words, and beside them an "Undo" button while one is offered and the
 * next step's button while one is suggested.
 */
public final class StatusLine {

    private StatusLine() {
    }

    /** @param undoId the Undo button's id, such as "call-undo" */
    public static Label bind(Label label, PageStatus status, String undoId) {
        Button undo = new Button(Messages.text("common.savedWithUndo.undo"));
        undo.setId(undoId);
        undo.setOnAction(e -> status.undo());
        Button next = new Button();
        next.getStyleClass().add("primary");
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.textProperty().bind(status.textProperty());
        Runnable graphic = () -> {
            PageStatus.Step step = status.nextProperty().get();
            if (step != null) {
                next.setId(step.id());
                next.setText(step.text());
                next.setOnAction(e -> step.run().run());
            }
            boolean hasUndo = status.undoProperty().get() != null;
            if (step == null) {
                label.setGraphic(hasUndo ? undo : null);
            } else {
                HBox both = hasUndo ? new HBox(8, undo, next) : new HBox(8, next);
                both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                label.setGraphic(both);
            }
        };
        status.undoProperty().addListener((obs, old, now) -> graphic.run());
        status.nextProperty().addListener((obs, old, now) -> graphic.run());
        return label;
    }
}
