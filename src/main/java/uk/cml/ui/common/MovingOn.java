package uk.cml.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Tells a page's {@link PageStatus} when the parent begins something else on the page ({@link PageStatus#movedOn}):
 * they type in or change any field (a row chosen fills the form afresh, so that counts too), move to another of its
 * tabs, or leave the page. One
 * piece for every page with a status line, so "Saved" never stands beside a half-typed new entry.
 * <p>
 * Only the parent's own changes count: the answers are compared around a key or click of theirs (or a choice made
 * in a drop-down's list, which the page does not see pressed). The form a save empties or fills afresh, while the
 * line says "Saved", is the app's doing, not theirs, and leaves the words in place. Clicking or tabbing about
 * without changing anything leaves them too.
 */
public final class MovingOn {

    private final Node page;
    private final Runnable movedOn;
    /** The page's answers as a key or button was pressed; null until one is, after the line last changed. */
    private List<Object> pressedAt;

    private MovingOn(Node page, Runnable movedOn) {
        this.page = page;
        this.movedOn = movedOn;
    }

    /**
     * Watches {@code page} (the page's whole view, as the window shows it) for {@code status}.
     *
     * @return the page, for chaining
     */
    public static <N extends Node> N watch(N page, PageStatus status) {
        MovingOn watch = new MovingOn(page, status::movedOn);
        // Whatever the line says next starts afresh: a change the app made before it (a save emptying the form
        // while the key that pressed Save is still down) is not the parent's.
        status.textProperty().addListener((obs, old, now) -> watch.pressedAt = null);
        watch.listen();
        return page;
    }

    private void listen() {
        page.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        page.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        page.addEventFilter(KeyEvent.KEY_RELEASED, e -> compareSoon());
        page.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> compareSoon());
        // A choice made in a drop-down's list (or a date picked in a calendar) happens in a window of its own: the
        // control still has the keyboard, and says it changed with an action.
        page.addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Node target && holdsFocus(target)) {
                compareSoon();
            }
        });
        // Leaving the page takes its view out of the window: back on it, the line no longer speaks of the last save.
        page.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                pressedAt = null;
                movedOn.run();
            }
        });
    }

    private void pressed(Event e) {
        pressedAt = FormAnswers.ofPage(page);
    }

    /** After the control pressed has done its work (a tick box ticks as the button is let go). */
    private void compareSoon() {
        Platform.runLater(() -> {
            if (pressedAt != null && !FormAnswers.ofPage(page).equals(pressedAt)) {
                pressedAt = null;
                movedOn.run();
            }
        });
    }

    private static boolean holdsFocus(Node target) {
        Node focused = target.getScene() == null ? null : target.getScene().getFocusOwner();
        for (Node at = focused; at != null; at = at.getParent()) {
            if (at == target) {
                return true;
            }
        }
        return false;
    }
}
