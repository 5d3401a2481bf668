package uk.cml.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A drop-down that starts with nothing chosen for the parent shows its prompt ("Choose how often") in the hint's
 * muted grey (app.css, {@code :not-chosen}), so it never reads as an answer. The box's own cell left the words blank
 * once a saved record's choice had been shown and the form was emptied again for a new one.
 */
public final class UnchosenPrompt {

    private static final PseudoClass NOT_CHOSEN = PseudoClass.getPseudoClass("not-chosen");

    private UnchosenPrompt() {
    }

    /** Sets the prompt and the cell that shows it whenever the box's value is empty; choices show by its converter. */
    public static <T> void on(ComboBox<T> box, String prompt) {
        box.setPromptText(prompt);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? box.getPromptText() : box.getConverter() == null ? item.toString()
                        : box.getConverter().toString(item));
                pseudoClassStateChanged(NOT_CHOSEN, none);
            }
        });
    }
}
