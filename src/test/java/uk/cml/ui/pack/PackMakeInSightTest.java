package uk.cml.ui.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer rv6: at 1024 x 768 the Evidence pack page's "Make the pack" button sat half below the window's edge, its
 * nine sections one under another. The sections read in two columns, and the button is whole in sight without
 * scrolling.
 */
class PackMakeInSightTest extends WithTheApp {

    @Test
    void atTenTwentyFourTheMakeButtonIsWholeInSight() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 768);
        press("#nav-pack");
        Node make = waitFor("#pack-make");
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        Bounds button = interactAndGet(() -> make.localToScene(make.getLayoutBounds()));
        double bottom = interactAndGet(() -> {
            for (Node up = make.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane pane) {
                    return pane.localToScene(pane.getLayoutBounds()).getMaxY();
                }
            }
            return window().getScene().getHeight();
        });
        assertTrue(button.getMaxY() <= bottom, "the button ends at " + button.getMaxY() + ", the page's view at "
                + bottom);
    }
}
