package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.ui.AppRobot;

/**
 * Seen in a real 1024 x 700 window on the Collect and Pay sample: an arrears figure from the CMS saved on the
 * Adjustments tab brought the CMS's figure's line (three lines at 1024, with its button) above the tabs, and the tabs
 * and the form the parent had just pressed Save on moved 68 px down. The line is the due payments' own, beside the
 * record's total, under the tabs: saving a figure moves neither the tabs nor the form, in any frame, at both sizes.
 */
@ExtendWith(ApplicationExtension.class)
class CmsFigureSavedTabsStayStillTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;
    private final List<Double> tabsAt = new ArrayList<>();
    private final List<Double> formAt = new ArrayList<>();
    private final com.sun.javafx.tk.TKPulseListener recorder = this::record;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        interact(() -> com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(recorder));
        if (startup != null) {
            stop(startup);
        }
    }

    private void record() {
        if (window() == null || window().getScene() == null) {
            return;
        }
        note(window().getScene().lookup("#payments-tabs"), tabsAt);
        note(window().getScene().lookup("#adjustment-kind"), formAt);
    }

    private static void note(Node node, List<Double> at) {
        if (node != null && node.getScene() != null) {
            double y = Math.round(node.localToScene(0, 0).getY());
            if (at.isEmpty() || at.get(at.size() - 1) != y) {
                at.add(y);
            }
        }
    }

    @Test
    void savingAFigureFromTheCmsMovesNeitherTheTabsNorTheForm() {
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            Path folder = dataFolder.resolve("w" + (int) size[0]);
            SampleFolders.fillOn(folder, CLOCK, "--collect-and-pay");
            startup = startOn(folder);
            waitFor("#overview-owed");
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
            });
            press("#nav-payments");
            Label owed = waitFor("#payments-owed");
            waitUntil("the records are read", () -> owed.getText().startsWith("Owed now"));
            TabPane tabs = waitFor("#payments-tabs");
            interact(() -> tabs.getTabs().stream().filter(t -> "tab-adjustments".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t)));
            waitFor("#adjustment-kind");
            choose("#adjustment-kind", AdjustmentKind.CMS_CONFIRMED_FIGURE);
            type("#adjustment-date", "16/11/2026");
            type("#adjustment-amount", "120.00");
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            Label difference = lookup("#payments-cms-difference").query();
            assertTrue(interactAndGet(() -> difference.getText().isEmpty()), "no figure from the CMS before");
            tabsAt.clear();
            formAt.clear();
            interact(() -> com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(recorder));
            press("#adjustment-save");
            waitUntil("the CMS's figure is said", () -> interactAndGet(() -> difference.getText()
                    .contains("£120.00")));
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            interact(() -> com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(recorder));
            String where = "at " + size[0] + " x " + size[1];
            assertEquals(1, tabsAt.size(), "the tabs' top, frame by frame, " + where + ": " + tabsAt);
            assertEquals(1, formAt.size(), "the form's first field, frame by frame, " + where + ": " + formAt);
            stop(startup);
            startup = null;
        }
    }
}
