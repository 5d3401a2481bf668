package uk.cml.ui.lock;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;
import uk.cml.ui.common.TooltipOnHover;

/**
 * Locks the main window: when it opens (if a passcode is set), after the chosen idle time, and at once by quick
 * hide, which also minimises it. While locked the window shows only the lock screen; pages the app opens meanwhile
 * wait behind it, never on screen.
 */
public final class AppLock {

    /** Quick hide: Ctrl+Shift+H (Cmd+Shift+H on a Mac). */
    public static final KeyCombination QUICK_HIDE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final String QUICK_HIDE_TEXT = Messages.text("lock.appLock.ctrlShiftH");
    private static final long IDLE_CHECK_SECONDS = 15;

    private final Stage stage;
    private final Passcodes passcodes;
    private final Background background;
    private final LockModel model;
    private final IdleWatch idle;
    /** Made the first time the app locks: most starts never lock, and the window's first picture need not wait. */
    private LockScreen screen;
    private Parent content;

    public AppLock(Stage stage, Passcodes passcodes, Clock clock, Background background) {
        this.stage = stage;
        this.passcodes = passcodes;
        this.background = background;
        this.model = new LockModel(passcodes, clock);
        this.idle = new IdleWatch(clock, () -> passcodes.preferences().idleLimit());
        model.lockedProperty().addListener((obs, was, now) -> {
            if (!now) {
                idle.activity();
                if (content != null) {
                    stage.getScene().setRoot(content);
                }
            }
        });
    }

    /** Watches the window for activity and the quick-hide keys, and sets its title. Call once it has a scene. */
    public void install() {
        Scene scene = stage.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.addEventFilter(ScrollEvent.SCROLL, this::activity);
        scene.getAccelerators().put(QUICK_HIDE, this::quickHide);
        // A thread that wakes every few seconds, not a JavaFX Timeline: a running Timeline keeps JavaFX's pulse going
        // 60 times a second for as long as the window is open, even with nothing to draw.
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cml-idle-check");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> Platform.runLater(this::lockIfIdle), IDLE_CHECK_SECONDS,
                IDLE_CHECK_SECONDS, TimeUnit.SECONDS);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> ticker.shutdownNow());
        refreshTitle();
    }

    /** Shows a page, or keeps it behind the lock screen until the passcode is given. */
    public void show(Parent root) {
        content = root;
        if (!model.isLocked()) {
            stage.getScene().setRoot(root);
        }
    }

    /** Locks now, if a passcode is set; used when the app opens. */
    public void lockIfPasscodeSet() {
        if (passcodes.isSet()) {
            lock();
        }
    }

    public void lock() {
        closeOtherWindows();
        if (screen == null) {
            screen = new LockScreen(model, this::submit);
        }
        LockScreen shown = screen;
        shown.prepare(model.needsPasscode());
        if (!model.isLocked()) {
            model.lock();
            stage.getScene().setRoot(shown.view());
        }
        Platform.runLater(shown::focus);
    }

    /** Locks at once and minimises the window. Works with or without a passcode. */
    public void quickHide() {
        lock();
        stage.setIconified(true);
    }

    /** Locks if a passcode is set and the parent has done nothing for the idle time. Checked every few seconds. */
    public void lockIfIdle() {
        if (!model.isLocked() && passcodes.isSet() && idle.isIdle()) {
            lock();
        }
    }

    /** The header's Hide button: the same as the quick-hide keys. */
    public Button quickHideButton() {
        Button hide = new Button(Messages.text("lock.appLock.hide"));
        hide.setId("quick-hide");
        // Made on the first hover: no tooltip's classes in the first window.
        TooltipOnHover.install(hide, Messages.text("lock.appLock.lockAndMinimiseTheApp", QUICK_HIDE_TEXT));
        hide.setAccessibleText(Messages.text("lock.appLock.hideTheAppAtOnce", QUICK_HIDE_TEXT));
        hide.getStyleClass().add("quick-hide");
        hide.setOnAction(e -> quickHide());
        return hide;
    }

    /** Slow: sets the passcode chosen at set-up. Runs in the background. */
    public void setPasscode(char[] passcode) {
        try {
            passcodes.set(passcode);
        } finally {
            java.util.Arrays.fill(passcode, '\0');
        }
    }

    public Passcodes passcodes() {
        return passcodes;
    }

    public boolean isLocked() {
        return model.isLocked();
    }

    /** The window's name from the privacy settings: the app's name or "Records", never anything personal. */
    public void refreshTitle() {
        stage.setTitle(passcodes.preferences().windowTitle());
    }

    private void activity(Event event) {
        if (model.isLocked()) {
            return;
        }
        if (passcodes.isSet() && idle.isIdle()) {
            // Back after the idle time, before the ticker noticed: lock instead of acting on the key or click.
            event.consume();
            lock();
            return;
        }
        idle.activity();
    }

    private void submit() {
        char[] attempt = model.startCheck();
        background.run(() -> model.check(attempt), model::show, error -> model.failed(Problems.forParent(error)));
    }

    /** This window's dialogs would show records beside the lock screen; they close (as if cancelled). */
    private void closeOtherWindows() {
        List<Window> others = new ArrayList<>(Window.getWindows());
        for (Window window : others) {
            if (window != stage && window.isShowing() && ownedByThisWindow(window)) {
                window.hide();
            }
        }
    }

    private boolean ownedByThisWindow(Window window) {
        Window owner = window;
        while (owner != null) {
            if (owner == stage) {
                return true;
            }
            owner = owner instanceof Stage s ? s.getOwner()
                    : owner instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null;
        }
        return false;
    }
}
