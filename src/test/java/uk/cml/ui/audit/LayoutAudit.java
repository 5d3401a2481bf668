package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.privacy.Passcodes;
import uk.cml.privacy.PrivacyFile;
import uk.cml.ui.AppRobot;

/**
 * Walks every page of the app (each tab, each list's form, and the set-up steps) on the sample case at laptop sizes,
 * in one theme, and fails on text cut short, controls out of reach, code text on screen and controls that do
 * not show when they have the keyboard focus. Writes a PNG of each page to target/screenshots/. One test class per
 * theme ({@link LightLayoutAuditTest}, {@link DarkLayoutAuditTest}), so the two test JVMs can audit side by side.
 */
@ExtendWith(ApplicationExtension.class)
abstract class LayoutAudit extends AppRobot {

    @TempDir
    Path dataFolder;
    private Startup startup;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> focusChecked = new HashSet<>();
    private String theme;
    private final long[] times = new long[2];
    /** PNGs being written on the screenshot thread; the audit waits for them all before it ends. */
    private final List<Future<?>> writes = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // The app opens in its own window (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** The two laptop sizes the issue names; each page is checked at both without opening the app twice. */
    private static final int[][] SIZES = {{1366, 768}, {1024, 700}};

    void audit(String theme) throws Exception {
        this.theme = theme;
        long started = System.nanoTime();
        SampleFolders.fill(dataFolder);
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.settings.put("appearance", theme);
        }
        // A passcode, so the lock screen is visited too (it is the first thing shown).
        new Passcodes(new PrivacyFile(dataFolder), CLOCK, new SecureRandom(), 1_000).set("river42".toCharArray());
        startup = startOn(dataFolder);
        waitFor("#lock-passcode");
        interact(() -> window().setMaximized(false));
        check("lock-screen");
        type("#lock-passcode", "river42");
        press("#lock-open");
        ChoiceBox<?> switcher = waitFor("#case-switcher");
        waitUntil("the sample case is open", () -> switcher.getValue() != null);
        List<String> keys = lookup(".nav-button").queryAll().stream().map(Node::getId)
                .map(id -> id.substring("nav-".length())).toList();
        for (String key : keys) {
            interact(() -> ((javafx.scene.control.ToggleButton) lookup("#nav-" + key).query()).fire());
            settle();
            String nav = ((javafx.scene.control.ToggleButton) lookup("#nav-" + key).query()).getText();
            LayoutChecks.title(nav, showing()).forEach(problem -> problems.add(theme + " " + key + ": " + problem));
            check(key);
            visitTabs(key);
            openFirstRow(key);
            if ("payments".equals(key)) {
                visitImportDialog();
            }
        }
        try {
            visitSetUp();
        } finally {
            for (Future<?> write : writes) {
                write.get();
            }
            Files.write(Screenshots.FOLDER.resolve("audit-" + theme + ".txt"), problems);
            // Where the audit's time goes, for whoever makes it faster next.
            Files.writeString(Screenshots.FOLDER.resolve("audit-" + theme + "-times.txt"), "drop-downs "
                    + times[0] / 1_000_000 + " ms, focus " + times[1] / 1_000_000 + " ms, whole audit "
                    + (System.nanoTime() - started) / 1_000_000 + " ms\n");
        }
        assertEquals(List.of(), problems, theme + ": " + problems.size() + " problems");
    }

    private void visitTabs(String key) {
        List<TabPane> panes = showing().stream().filter(TabPane.class::isInstance).map(TabPane.class::cast).toList();
        for (TabPane pane : panes) {
            for (Tab tab : List.copyOf(pane.getTabs())) {
                if (tab.isSelected() && pane.getTabs().indexOf(tab) == 0) {
                    continue;
                }
                interact(() -> pane.getSelectionModel().select(tab));
                settle();
                check(key + "-" + tab.getText().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            }
            interact(() -> pane.getSelectionModel().select(0));
        }
    }

    /** Selecting a row opens its form on the pages that have one (calls, notes, letters, addresses). */
    private void openFirstRow(String key) {
        for (Node node : showing()) {
            if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
                interact(() -> table.getSelectionModel().select(0));
            } else if (node instanceof ListView<?> list && !list.getItems().isEmpty()
                    && !list.getStyleClass().contains("combo-box-popup")) {
                interact(() -> list.getSelectionModel().select(0));
            } else {
                continue;
            }
            settle();
            check(key + "-row");
            return;
        }
    }

    private void visitSetUp() {
        interact(() -> ((javafx.scene.control.Button) lookup("#add-case").query()).fire());
        waitFor("#setup-next");
        settle();
        check("setup-other-parent");
        type("#other-name", "Alex Green");
        press("#setup-next");
        settle();
        check("setup-children");
        type("#child-name-1", "Ava");
        type("#child-born-1", "5 Jan 2020");
        press("#setup-next");
        settle();
        check("setup-arrangement");
        press("#arrangement-private");
        press("#setup-next");
        settle();
        check("setup-plan");
        type("#setup-plan-amount", "0");
        type("#setup-plan-first-due", "31/02/2026");
        press("#setup-next");
        settle();
        check("setup-plan-problems");
        type("#setup-plan-amount", "43.21");
        choose("#setup-plan-frequency", uk.cml.domain.arrears.PaymentFrequency.WEEKLY);
        type("#setup-plan-first-due", "6/11/2026");
        press("#setup-next");
        settle();
        check("setup-check-answers");
        press("#setup-cancel");
        settle();
        check("setup-cancel");
        press("#setup-cancel-close");
        settle();
    }

    /** The CSV import opens in a window of its own: checked as it first opens (choosing a file needs a chooser). */
    private void visitImportDialog() {
        press("#payments-import");
        Node choose = waitFor("#import-choose");
        Scene dialog = choose.getScene();
        settle();
        checkDialog("payments-import", dialog);
        interact(() -> dialog.getWindow().hide());
        settle();
    }

    /** waitUntil first lets the JavaFX thread handle what is queued; then the finished work's results are shown. */
    private void settle() {
        waitUntil("background work has finished", () -> lookup("#work-status").tryQuery()
                .map(n -> n.getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName().equals("busy")))
                .orElse(true));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Node> showing() {
        return LayoutChecks.showing(window().getScene().getRoot());
    }

    /** Checks what is showing at each laptop size in turn; focus looks the same at any size, so once is enough. */
    private void check(String page) {
        for (int[] size : SIZES) {
            interact(() -> {
                window().setWidth(size[0]);
                window().setHeight(size[1]);
            });
            settle();
            String run = theme + "-" + size[0] + "x" + size[1];
            Scene scene = window().getScene();
            Image shot = interactAndGet(() -> scene.snapshot(null));
            writes.add(Screenshots.writeLater(shot, run + "-" + page));
            List<Node> nodes = showing();
            List<String> found = LayoutChecks.all(scene, nodes);
            long t0 = System.nanoTime();
            if (size == SIZES[SIZES.length - 1]) {
                // Drop-downs are as wide at any window size, so the narrow window is the one to check them in.
                found.addAll(popups(scene, nodes));
            }
            long t1 = System.nanoTime();
            if (size == SIZES[0]) {
                found.addAll(focus(scene, nodes));
            }
            long t2 = System.nanoTime();
            times[0] += t1 - t0;
            times[1] += t2 - t1;
            found.forEach(problem -> problems.add(run + " " + page + ": " + problem));
        }
    }

    /** A window of its own (the CSV import) keeps its own size: checked once, as it opens. */
    private void checkDialog(String page, Scene scene) {
        Image shot = interactAndGet(() -> scene.snapshot(null));
        writes.add(Screenshots.writeLater(shot, theme + "-" + page));
        List<Node> nodes = LayoutChecks.showing(scene.getRoot());
        List<String> found = LayoutChecks.all(scene, nodes);
        found.addAll(popups(scene, nodes));
        found.addAll(focus(scene, nodes));
        found.forEach(problem -> problems.add(theme + " " + page + ": " + problem));
    }

    /** Opens each drop-down (a combo box's list, a choice box's menu): it must show names, not code, and fit. */
    private List<String> popups(Scene scene, List<Node> nodes) {
        List<String> found = new ArrayList<>();
        for (Node node : nodes) {
            Runnable show;
            Runnable hide;
            if (node instanceof ComboBox<?> combo && !combo.getItems().isEmpty()) {
                show = combo::show;
                hide = combo::hide;
            } else if (node instanceof ChoiceBox<?> choice && !choice.getItems().isEmpty()) {
                show = choice::show;
                hide = choice::hide;
            } else {
                continue;
            }
            if (node.isDisabled() || !LayoutChecks.inView(scene, node)) {
                continue;
            }
            interact(show);
            WaitForAsyncUtils.waitForFxEvents();
            for (Window popup : List.copyOf(Window.getWindows())) {
                if (popup instanceof PopupWindow && popup.isShowing() && popup.getScene() != null) {
                    found.addAll(LayoutChecks.recordText(LayoutChecks.showing(popup.getScene().getRoot())));
                    if (popup.getWidth() > scene.getWidth()) {
                        found.add("the drop-down of " + LayoutChecks.describe(node) + " is "
                                + Math.round(popup.getWidth()) + " px wide, wider than the window");
                    }
                }
            }
            interact(hide);
        }
        return found;
    }

    /**
     * Each control that takes the keyboard must look different when it has it. All on the JavaFX thread in one go:
     * a snapshot applies the CSS and layout of the moment, so no round trip to the robot is needed per control.
     */
    private List<String> focus(Scene scene, List<Node> nodes) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return interactAndGet(() -> {
            List<String> found = new ArrayList<>();
            Parent root = scene.getRoot();
            for (Node node : nodes) {
                String name = LayoutChecks.describe(node);
                if (!LayoutChecks.focusable(node) || !LayoutChecks.inView(scene, node) || !focusChecked.add(name)) {
                    continue;
                }
                root.requestFocus();
                Image before = node.snapshot(params, null);
                node.requestFocus();
                if (!node.isFocused() && !node.isFocusWithin()) {
                    continue;
                }
                if (Screenshots.samePixels(before, node.snapshot(params, null))) {
                    found.add("no visible focus: " + name);
                }
            }
            root.requestFocus();
            return found;
        });
    }
}
