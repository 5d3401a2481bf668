package uk.cml.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter on a closed drop-down opens it, and never presses the form's default button. JavaFX's combo box lets Enter
 * through while its list is closed, on purpose, "for the default button": on a payment form Enter on "How it was
 * paid" saved the payment at once with "Not said". A choice box does the same. Once the list is open, Enter chooses
 * the row shown, as before. Put on each window's scene once, so every form in it is covered.
 */
public final class DropDownEnter {

    private DropDownEnter() {
    }

    public static Scene on(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()
                    || event.isShiftDown()) {
                return;
            }
            // Only a list to choose from: a typed date (a date picker) or an editable box is typing, where Enter
            // presses the default button as in any other field.
            if (scene.getFocusOwner() instanceof ComboBox<?> box && !box.isEditable() && !box.isShowing()
                    && !box.isDisabled()) {
                event.consume();
                box.show();
            } else if (scene.getFocusOwner() instanceof ChoiceBox<?> box && !box.isShowing() && !box.isDisabled()) {
                event.consume();
                box.show();
            }
        });
        return scene;
    }
}
