package uk.cml.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every window of the app does with the keyboard, in one place: drop-downs open on their keys
 * ({@link DropDownKeys}) and the control with the keyboard shows a ring ({@link FocusRing}). The main window, the
 * dialogs and the import window alike, each scene once, however often a window is given a new one.
 */
public final class EveryWindow {

    private static final String DONE = EveryWindow.class.getName();
    /**
     * JavaFX's list of windows is itself one per process, so the guard that watches it once is too (tests start the
     * app many times in one process). No lookup: nothing is read from it but "already watching".
     */
    private static final java.util.concurrent.atomic.AtomicBoolean WATCHING =
            new java.util.concurrent.atomic.AtomicBoolean();

    private EveryWindow() {
    }

    /** Starts watching the app's windows, once however often it is called. Call on the JavaFX thread. */
    public static void watch() {
        if (!WATCHING.compareAndSet(false, true)) {
            return;
        }
        Window.getWindows().forEach(EveryWindow::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(EveryWindow::watch);
            }
        });
    }

    private static void watch(Window window) {
        // Popups (a drop-down's list, a menu) pass their keys to the window they belong to.
        if (!(window instanceof Stage) || window.getProperties().containsKey(DONE)) {
            return;
        }
        window.getProperties().put(DONE, Boolean.TRUE);
        keys(window.getScene());
        window.sceneProperty().addListener((obs, old, now) -> keys(now));
    }

    /** The keyboard's ways on one scene (also for a scene shown some other way). */
    public static Scene keys(Scene scene) {
        if (scene == null || scene.getProperties().containsKey(DONE)) {
            return scene;
        }
        scene.getProperties().put(DONE, Boolean.TRUE);
        DropDownKeys.on(scene);
        FocusRing.on(scene);
        return scene;
    }
}
