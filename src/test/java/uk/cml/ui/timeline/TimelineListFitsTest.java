package uk.cml.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * Looked at in a window: the newest row's words sat against the list's top edge (the row's words were drawn at its
 * top, the row cut at 32 px), and at 1024 x 700 the list got 62% of the room beside a details pane of mostly blank: there
 * the details now go under the list.
 */
class TimelineListFitsTest extends WithTheApp {

    @Test
    void theNewestRowHasRoomAndTheListMostOfTheWidthAt1024x700() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1024, 700);
        press("#nav-timeline");
        Label count = waitFor("#timeline-count");
        waitUntil("the timeline is read", () -> count.getText().contains("entries"));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        ListView<?> list = lookup("#timeline-list").query();
        Node details = lookup("#timeline-details").query();
        while (!(details instanceof ScrollPane)) {
            details = details.getParent();
        }
        double detailsWidth = ((ScrollPane) details).getWidth();
        interact(() -> {
            Bounds listBounds = list.localToScene(list.getLayoutBounds());
            Label when = null;
            double top = Double.MAX_VALUE;
            for (Node n : list.lookupAll(".timeline-when")) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && ((Label) n).getText() != null && !((Label) n).getText().isEmpty()
                        && b.getMinY() < top && b.getMaxY() > listBounds.getMinY()) {
                    top = b.getMinY();
                    when = (Label) n;
                }
            }
            assertTrue(when != null, "no row shown");
            double gap = top - listBounds.getMinY();
            assertTrue(gap >= 6, "the newest row's words are " + gap + " px from the list's top edge");
            double listWidth = list.getWidth();
            // The page is about 750 px wide: the list had 470 of it.
            assertTrue(listWidth >= 700, "the list is " + listWidth + " px wide, beside or over details of "
                    + detailsWidth + " px");
            assertTrue(list.getHeight() >= 250, "the list is " + list.getHeight() + " px tall");
        });
    }
}
