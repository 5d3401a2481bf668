package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, 5 Dec 2026, in a real window: the line with the CMS's figure ("The CMS said £508.50 was owed as at 5 Oct
 * 2026 ...", with its button) came once the records were read, after the page was drawn, and pushed the tabs and
 * everything under them down about 40 px, so clicks landed on the row above. Every frame from the page's first is
 * watched here: the tabs are drawn in one place.
 */
class PaymentsTabsStayStillTest extends WithTheApp {

    private final List<Double> tabsAt = new ArrayList<>();
    private final com.sun.javafx.tk.TKPulseListener recorder = this::record;

    @AfterEach
    void close() {
        interact(() -> com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(recorder));
        if (startup != null) {
            stop(startup);
        }
    }

    private void record() {
        Node tabs = window() == null || window().getScene() == null ? null
                : window().getScene().lookup("#payments-tabs");
        // Where the frame draws them: tabs not drawn (not yet shown) cannot be aimed at, nor seen to move.
        if (tabs != null && tabs.getScene() != null && tabs.getLayoutBounds().getHeight() > 0 && drawn(tabs)) {
            double y = Math.round(tabs.localToScene(0, 0).getY());
            if (tabsAt.isEmpty() || tabsAt.get(tabsAt.size() - 1) != y) {
                tabsAt.add(y);
            }
        }
    }

    private static boolean drawn(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same the other way: for a case with no figure from the CMS (the Collect and Pay sample), the figure's line
     * kept its room until the records were read, then gave it back, and the tabs moved up 40 px under the parent's
     * pointer. The tabs' top is read in every frame, before the records arrive and after, at both window sizes.
     */
    @Test
    void theTabsAreDrawnInOnePlaceFromTheFirstFrameWithNoCmsFigure() {
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            Path folder = dataFolder.resolve("w" + (int) size[0]);
            SampleFolders.fillOn(folder, CLOCK, "--collect-and-pay");
            startup = startOn(folder);
            waitFor("#overview-owed");
            tabsAt.clear();
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
                com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(recorder);
            });
            press("#nav-payments");
            javafx.scene.control.Label owed = waitFor("#payments-owed");
            waitUntil("the records are read", () -> owed.getText().startsWith("Owed now"));
            waitFor("#schedule-table");
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            interact(() -> com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(recorder));
            assertTrue(!tabsAt.isEmpty(), "the tabs were drawn");
            assertEquals(1, tabsAt.size(), "at " + size[0] + ", the tabs' top, frame by frame: " + tabsAt);
            stop(startup);
            startup = null;
        }
    }

    @Test
    void theTabsAreDrawnInOnePlaceFromTheFirstFrameWithTheCmsFigure() {
        for (double[] size : new double[][] {{1366, 768}}) {
            openOnTheSampleRecords();
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
                com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(recorder);
            });
            press("#nav-payments");
            waitUntil("the CMS's figure is said", () -> lookup("#payments-cms-difference").tryQuery()
                    .map(Node::isVisible).orElse(false));
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertTrue(!tabsAt.isEmpty(), "the tabs were drawn");
            assertEquals(1, tabsAt.size(), "the tabs' top, frame by frame: " + tabsAt);
        }
    }
}
