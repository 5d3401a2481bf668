package uk.cml.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.service.finder.WindowFinder;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.Startup;

/** Drives the real app by control id, the way a parent would, waiting on what the screen shows. */
public class AppRobot extends FxRobot {

    /** Only a bound for a test that is failing: every wait ends when its condition holds. */
    private static final int LIMIT_SECONDS = 15;
    private Stage window;

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    /** Starts the app in a new window of its own, so nothing from an earlier test can be found by mistake. */
    public Startup startOn(Path dataFolder) {
        return startOn(dataFolder, uk.cml.ui.common.FilePicker.system());
    }

    /** Opens the app with {@code picker} standing in for the file chooser, which a robot cannot drive. */
    public Startup startOn(Path dataFolder, uk.cml.ui.common.FilePicker picker) {
        return startOn(dataFolder, picker, CLOCK);
    }

    /** Opens the app on a clock the test controls (one it moves on, say, to test the idle lock). */
    public Startup startOn(Path dataFolder, uk.cml.ui.common.FilePicker picker, Clock clock) {
        return startOn(dataFolder, picker, clock, "overview");
    }

    /** Opens the app on the page with this sidebar key (such as "payments"), as {@code --page} does. */
    public Startup startOn(Path dataFolder, uk.cml.ui.common.FilePicker picker, Clock clock, String page) {
        Startup[] startup = new Startup[1];
        interact(() -> {
            window = new Stage();
            startup[0] = new Startup(window, dataFolder, clock, folder -> { }, page, picker);
            startup[0].begin();
        });
        return startup[0];
    }

    /** Closes the window and the records, as the parent closing the app would. */
    public void stop(Startup startup) {
        interact(() -> {
            startup.shutdown();
            if (window != null) {
                window.close();
            }
        });
    }

    public Stage window() {
        return window;
    }

    /**
     * Waits until a control with this id is showing. The condition is checked on the JavaFX thread after each
     * pulse, so the wait ends as soon as the screen shows it; the time limit only bounds a failing test.
     */
    /**
     * Clicks the first row of {@code list} that holds a record, and again until the list has a row chosen: a list
     * that draws its rows afresh (ListView.refresh() makes new cells, as the Calls list does once the letters are
     * read) can drop a cell looked up a moment before, and a press on it then chooses nothing.
     */
    public void clickFirstRecord(String list) {
        javafx.scene.control.ListView<?> view = waitFor(list);
        boolean[] clicked = {false};
        waitUntil("a row of " + list + " chosen", () -> {
            if (clicked[0] && view.getSelectionModel().getSelectedIndex() >= 0) {
                return true;
            }
            lookup(list + " .list-cell").queryAll().stream()
                    .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null
                            && cell.getScene() != null && cell.isVisible())
                    .findFirst().ifPresent(cell -> {
                        clickOn(cell);
                        clicked[0] = true;
                    });
            WaitForAsyncUtils.waitForFxEvents();
            return clicked[0] && view.getSelectionModel().getSelectedIndex() >= 0;
        });
    }

    public <T extends Node> T waitFor(String query) {
        waitUntil(query + " showing", () -> lookup(query).tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null).orElse(false));
        // Let the pulse that lays the new page out finish before anything is clicked on it.
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).query();
    }

    /** Waits until the condition, read on the JavaFX thread (where the screen changes), holds. */
    public void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not happen within " + LIMIT_SECONDS + " seconds", e);
        }
    }

    /** Replaces a field's text by typing, as a parent would. */
    public void type(String id, String text) {
        Node node = waitFor(id);
        TextInputControl field = node instanceof DatePicker picker ? picker.getEditor() : (TextInputControl) node;
        reveal(field);
        click(field);
        interact(field::selectAll);
        write(text);
    }

    /** A field's text, read on the JavaFX thread. */
    public String text(String id) {
        Node node = lookup(id).query();
        TextInputControl field = node instanceof DatePicker picker ? picker.getEditor() : (TextInputControl) node;
        if (Platform.isFxApplicationThread()) {
            return field.getText();
        }
        try {
            return WaitForAsyncUtils.asyncFx((Callable<String>) field::getText).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("could not read " + id, e);
        }
    }

    /**
     * Chooses an answer in a choice box (a ComboBox or ChoiceBox) by id, as a parent picking it would: the box is
     * shown first, and nothing is chosen for them (how often a plan is due starts empty).
     */
    @SuppressWarnings("unchecked")
    public <T> void choose(String id, T value) {
        Node node = waitFor(id);
        reveal(node);
        interact(() -> {
            if (node instanceof javafx.scene.control.ComboBoxBase<?> box) {
                ((javafx.scene.control.ComboBoxBase<T>) box).setValue(value);
            } else {
                ((javafx.scene.control.ChoiceBox<T>) node).setValue(value);
            }
        });
    }

    /** Chooses the tab with this id on the tab pane found by {@code tabsQuery}, once the pane is showing. */
    public void chooseTab(String tabsQuery, String tabId) {
        javafx.scene.control.TabPane tabs = waitFor(tabsQuery);
        interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    public void press(String id) {
        Node node = waitFor(id);
        reveal(node);
        click(node);
    }

    /**
     * Moves the mouse onto the node's centre and presses and releases the primary button: the same events, in the
     * same order, as {@code clickOn(node)}, which waits for the JavaFX thread after each of the three. The events
     * queue in order on the one JavaFX thread, so one wait after the release is enough.
     */
    public void click(Node node) {
        MouseRobot mouse = robotContext().getMouseRobot();
        mouse.moveNoWait(point(node).query());
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.releaseNoWait(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types the text key by key into the focused window, as TestFX's {@code write} does, but waits for the JavaFX
     * thread once after the last key instead of after every key (50 ms each): the keys queue in order on the one
     * JavaFX thread either way, so the field receives the same key events.
     */
    @Override
    public FxRobot write(String text) {
        WindowFinder windows = robotContext().getWindowFinder();
        Window target = windows.window(Window::isFocused);
        Scene scene = (target != null ? target : windows.targetWindow()).getScene();
        BaseRobot keyboard = robotContext().getBaseRobot();
        for (char character : text.toCharArray()) {
            KeyCode key = character == '\n' ? KeyCode.ENTER : character == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            keyboard.typeKeyboard(scene, key, Character.toString(character));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Runs the work on the JavaFX thread, waits for it and its events, and returns what it returned. */
    public <T> T interactAndGet(Callable<T> work) {
        Object[] result = new Object[1];
        interact(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Scrolls every page that holds the node until it is in view, as a parent scrolls before they click. */
    public void reveal(Node node) {
        interact(() -> {
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (range > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / range)));
                    }
                }
            }
        }); // interact waits for the JavaFX thread afterwards, so the scrolled page is laid out
    }
}
