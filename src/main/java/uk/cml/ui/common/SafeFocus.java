package uk.cml.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Keeps the keyboard off a list's buttons while the list is rebuilt: a Space or Enter meant for the form must never
 * land on a "Move to bin" (a reviewer saw a decision binned that way), nor a click on one that slid under the pointer.
 * One piece for every page with such a list.
 */
public final class SafeFocus {

    private SafeFocus() {
    }

    /** Before the rows in {@code rows} are taken away: if the keyboard is among them, it goes to {@code safe}. */
    public static void offRows(Parent rows, Node safe) {
        if (rows.getScene() == null) {
            return;
        }
        for (Node at = rows.getScene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == rows) {
                safe.requestFocus();
                return;
            }
        }
    }

    /**
     * A row's "Move to bin" acts on a click only once the pointer has moved on it since it appeared. When a row
     * above is binned the rows below slide up: a second click of a double click, or one at the same spot, then fell
     * on the next row's button without the parent ever aiming at it.
     */
    public static <B extends javafx.scene.control.ButtonBase> B onlyWhenAimedAt(B button) {
        boolean[] aimed = {false};
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> aimed[0] = true);
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> aimed[0] = true);
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> aimed[0] = false);
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!aimed[0]) {
                e.consume();
            }
        });
        return button;
    }
}
