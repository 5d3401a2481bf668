package uk.cml.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.IndexedCell;

/**
 * How a list or table whose rows open a form is used from the keyboard: the arrow keys (and Home, End, Page Up and
 * Page Down) only move the choice, so a keyboard-only parent can read down the list without each row opening in
 * turn (and, with typing in the form, without the "Lose what I typed" question at every step); Enter opens the
 * row chosen. A click (or a choice made by the page itself) opens the row at once, as before.
 */
public final class RowOpening {

    private RowOpening() {
    }

    /**
     * @param chosen  the row chosen in {@code list}
     * @param focused the row the keyboard is on (chosen or not)
     * @param opening what opening a row does (the form asked for, or the losing question)
     * @return whether a change of {@code chosen} now is the parent's choosing (not an arrow key moving along)
     */
    public static <T> Supplier<Boolean> install(Control list, ObservableValue<T> chosen, Supplier<T> focused,
                                                 Consumer<T> opening) {
        return install(list, chosen, focused, opening, row -> { });
    }

    /** As above; {@code entered} runs after a row is opened by Enter (to take the keyboard into the form, say). */
    public static <T> Supplier<Boolean> install(Control list, ObservableValue<T> chosen, Supplier<T> focused,
                                                 Consumer<T> opening, Consumer<T> entered) {
        boolean[] moving = {false};
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey()) {
                moving[0] = true;
                // The list moves its choice while this key is handled; the next key or click starts afresh.
                Platform.runLater(() -> moving[0] = false);
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                T row = chosen.getValue() != null ? chosen.getValue() : focused.get();
                if (row != null) {
                    // Enter opens the row, and is not also Save (the page's default button).
                    e.consume();
                    opening.accept(row);
                    entered.accept(row);
                }
            }
        });
        // A click on the row the arrow keys left chosen opens it too (choosing it again changes nothing to hear);
        // a click that chose its row has opened it (or asked) already.
        boolean[] clickChose = {false};
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> clickChose[0] = false);
        chosen.addListener((obs, was, now) -> clickChose[0] = true);
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !clickChose[0] && onARow(e) && chosen.getValue() != null) {
                opening.accept(chosen.getValue());
            }
        });
        return () -> !moving[0];
    }

    private static boolean onARow(MouseEvent e) {
        for (Node at = e.getPickResult().getIntersectedNode(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.TableRow<?> || at instanceof javafx.scene.control.ListCell<?>) {
                IndexedCell<?> cell = (IndexedCell<?>) at;
                return !cell.isEmpty();
            }
        }
        return false;
    }

    /** The first field or button of {@code form} that the keyboard can go to, given the keyboard. */
    public static boolean focusFirstIn(Node form) {
        Node first = first(form);
        if (first == null || first.getScene() == null) {
            return false;
        }
        first.requestFocus();
        return true;
    }

    private static Node first(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = first(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
