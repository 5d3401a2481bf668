package uk.cml.ui.common;

import javafx.beans.value.ObservableIntegerValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Brings a field into view and gives it the keyboard once the page around it is laid out and has its figures: for a
 * field another page sends the parent to (the Overview's "Answer the question" opens a call at its question).
 *
 * <p>Done once, straight after the record was shown, it did not last: on a page's first visit (pages are built when
 * first shown) the form could still be without its real sizes, and the page's other loads (the call's letters, the
 * address book, its earlier versions) came back after it and laid the form out again, so the question ended out of
 * view, or without the keyboard. Here it is done after each layout pass in which the field has its real size, until
 * the work under way has all come back; it stops at once when the parent presses a key, clicks or scrolls, or the
 * field leaves the window, so it never fights the parent.
 */
public final class SettledInView {

    /** Longer than a page takes to load, even on a slow computer; the parent will have acted by then anyway. */
    static final javafx.util.Duration MOST = javafx.util.Duration.seconds(5);

    private SettledInView() {
    }

    /**
     * Call on the JavaFX thread. {@code work}: how much work is under way (0 when all has come back). A field not in
     * a window yet is brought once it joins one: on a page's first visit its form, inside a scroll pane, joins the
     * window only when the scroll pane is first laid out, and the record it shows may have been read before that
     * (after 95 test classes in one JVM the call was, and "Answer the question" left the question out of view and
     * the keyboard on the case switcher: nothing had been done).
     */
    public static void bring(Node field, ObservableIntegerValue work) {
        Scene scene = field.getScene();
        if (scene != null) {
            new Watch(scene, field, work).start();
            return;
        }
        // A field that never joins a window (its page was left before it was laid out) is not waited for for ever:
        // the wait ends after as long as a watch would last, and a page shown again much later is not scrolled.
        javafx.animation.PauseTransition giveUp = new javafx.animation.PauseTransition(MOST);
        javafx.beans.value.ChangeListener<Scene> joins = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    field.sceneProperty().removeListener(this);
                    giveUp.stop();
                    new Watch(now, field, work).start();
                }
            }
        };
        field.sceneProperty().addListener(joins);
        giveUp.setOnFinished(e -> field.sceneProperty().removeListener(joins));
        giveUp.play();
    }

    private static final class Watch implements Runnable {
        private final Scene scene;
        private final Node field;
        private final ObservableIntegerValue work;
        private final EventHandler<Event> parentActs = e -> stop();
        /** Once all the work has come back: one more pass, in which this looks for the last time. */
        private final javafx.beans.InvalidationListener workDone;
        /** However long other work goes on (a backup, say), the page has long been laid out by then. */
        private final javafx.animation.PauseTransition most = new javafx.animation.PauseTransition(MOST);

        Watch(Scene scene, Node field, ObservableIntegerValue work) {
            this.scene = scene;
            this.field = field;
            this.work = work;
            this.workDone = obs -> {
                if (work.get() == 0) {
                    scene.getRoot().requestLayout();
                }
            };
        }

        void start() {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, parentActs);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, parentActs);
            scene.addEventFilter(ScrollEvent.SCROLL, parentActs);
            scene.addPostLayoutPulseListener(this);
            work.addListener(workDone);
            most.setOnFinished(e -> stop());
            most.play();
            // A pulse to run in, even when nothing else on the screen changes.
            scene.getRoot().requestLayout();
        }

        /** After a layout pass. */
        @Override
        public void run() {
            if (field.getScene() != scene || !showing()) {
                stop();
                return;
            }
            if (!laidOut()) {
                scene.getRoot().requestLayout(); // not yet: the next pass
                return;
            }
            if (!inView()) {
                FirstProblem.bringIntoView(field, field);
            }
            if (scene.getFocusOwner() != field) {
                field.requestFocus();
            }
            if (work.get() == 0) {
                stop();
            }
        }

        private void stop() {
            scene.removePostLayoutPulseListener(this);
            work.removeListener(workDone);
            most.stop();
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, parentActs);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, parentActs);
            scene.removeEventFilter(ScrollEvent.SCROLL, parentActs);
        }

        /** The field and every parent of it are visible and usable. */
        private boolean showing() {
            for (Node at = field; at != null; at = at.getParent()) {
                if (!at.isVisible() || at.isDisabled()) {
                    return false;
                }
            }
            return true;
        }

        /** The field and every scroll pane around it have their real size. */
        private boolean laidOut() {
            if (field.getLayoutBounds().getHeight() <= 0) {
                return false;
            }
            for (Node at = field.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane scroll && scroll.getViewportBounds().getHeight() <= 0) {
                    return false;
                }
            }
            return true;
        }

        /** The whole field shows within every scroll pane around it. */
        private boolean inView() {
            Bounds shown = field.localToScene(field.getLayoutBounds());
            for (Node at = field.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane scroll) {
                    Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                    if (shown.getMinY() < view.getMinY() || shown.getMaxY() > view.getMaxY()) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
