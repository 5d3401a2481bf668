package uk.cml.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Marks the control that has the keyboard with {@code :keyboard-focus} while the parent is using the keys, so app.css
 * draws a clear ring round it then, and not round a tab, a list or a button just clicked with the mouse.
 *
 * <p>JavaFX 19 and later have {@code :focus-visible}, but it is set only when Tab or an arrow moves the keyboard: the
 * app moves it itself after many actions (to the date box quick entry asks for, back to a form after a save), and a
 * parent using the keys then lost sight of where they were. So, as browsers decide their focus-visible: the last
 * thing the parent did counts. A key pressed shows the ring, wherever the keyboard is or goes next; a mouse button
 * pressed hides it until the next key.
 */
public final class FocusRing {

    public static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    private FocusRing() {
    }

    public static Scene on(Scene scene) {
        // Nothing done yet: the keyboard is where the window put it, and a parent who starts with Tab sees it.
        boolean[] keys = {true};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.getCode().isModifierKey()) {
                keys[0] = true;
                mark(scene.getFocusOwner(), true);
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            keys[0] = false;
            mark(scene.getFocusOwner(), false);
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            mark(old, false);
            mark(now, keys[0]);
        });
        mark(scene.getFocusOwner(), true);
        return scene;
    }

    private static void mark(Node node, boolean shown) {
        if (node != null) {
            node.pseudoClassStateChanged(KEYBOARD_FOCUS, shown);
        }
    }

    /** Whether the node shows the keyboard's ring (it also needs the keyboard: app.css asks for both). */
    public static boolean marked(Node node) {
        return node.getPseudoClassStates().contains(KEYBOARD_FOCUS);
    }
}
