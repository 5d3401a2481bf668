package uk.cml.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Keeps the keyboard off a list's buttons while the list is rebuilt: a Space or Enter meant for the form must never
 * land on a "Move to bin" (a reviewer saw a decision binned that way). One piece for every page with such a list.
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
}
