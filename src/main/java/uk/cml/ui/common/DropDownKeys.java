package uk.cml.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys on a closed drop-down (a combo box that is a list to choose from, or a choice box) open it, and never
 * change what it shows or press another button:
 * <ul>
 * <li>Enter opens it. JavaFX's combo box lets Enter through while its list is closed, on purpose, "for the default
 * button": on a payment form Enter on "How it was paid" saved the payment at once with "Not said".</li>
 * <li>Down and Up open it. JavaFX's combo box chose the next or the previous row while closed, and its choice box did
 * on Up: a parent moving through the Payments page with the arrows silently changed the Period filter, and with it
 * what the page showed.</li>
 * <li>Space opens it, as it presses a focused button. JavaFX's combo box did nothing.</li>
 * </ul>
 * Once the list is open, the keys move in it and Enter chooses, as before. Put on every window's scene once
 * ({@link EveryWindow}), so every form in it is covered.
 */
public final class DropDownKeys {

    private DropDownKeys() {
    }

    public static Scene on(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!opens(event) || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            Node owner = scene.getFocusOwner();
            // Only a list to choose from: a typed date (a date picker) or an editable box is typing, where Enter
            // presses the default button as in any other field, and Space and the arrows are the text's.
            if (owner instanceof ComboBox<?> box && !box.isEditable() && !box.isShowing() && !box.isDisabled()) {
                event.consume();
                box.show();
            } else if (owner instanceof ChoiceBox<?> box && !box.isShowing() && !box.isDisabled()) {
                event.consume();
                box.show();
            }
        });
        return scene;
    }

    private static boolean opens(KeyEvent event) {
        KeyCode code = event.getCode();
        return code == KeyCode.ENTER || code == KeyCode.SPACE || code == KeyCode.DOWN || code == KeyCode.UP
                || code == KeyCode.KP_DOWN || code == KeyCode.KP_UP;
    }
}
