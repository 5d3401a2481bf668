package uk.cml.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/** Shows a {@link PageStatus} in a label: its words, and an "Undo" button beside them while one is offered. */
public final class StatusLine {

    private StatusLine() {
    }

    /** @param undoId the Undo button's id, such as "call-undo" */
    public static Label bind(Label label, PageStatus status, String undoId) {
        Button undo = new Button(Messages.text("common.savedWithUndo.undo"));
        undo.setId(undoId);
        undo.setOnAction(e -> status.undo());
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.textProperty().bind(status.textProperty());
        status.undoProperty().addListener((obs, old, now) -> label.setGraphic(now == null ? null : undo));
        return label;
    }
}
