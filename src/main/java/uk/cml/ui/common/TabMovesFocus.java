package uk.cml.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard users expect Tab to leave a text box, not to type a tab into the account of a call. */
public final class TabMovesFocus {

    private TabMovesFocus() {
    }

    public static TextArea on(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // Ctrl+Tab is the text area's own "move focus" key, in either direction with Shift.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        return area;
    }
}
