package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer rv6: on "Log a letter you sent" the CMS address of three lines ("Mail Handling Site A", "Wolverhampton",
 * "WV98 2BU") showed a scroll bar in its box of three rows. The box is as tall as its lines, with no bar of its own.
 */
class SentAddressReadsWholeTest extends WithTheApp {

    @Test
    void threeLinesOfAddressReadWholeWithNoScrollBar() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1366, 768);
        press("#nav-letters");
        press("#letters-new-sent");
        TextArea address = waitFor("#sent-to-address");
        interact(() -> address.setText("Mail Handling Site A\nWolverhampton\nWV98 2BU"));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<ScrollBar> shown = interactAndGet(() -> address.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                        && bar.isVisible())
                .map(ScrollBar.class::cast).toList());
        assertEquals(List.of(), shown, "no scroll bar inside the address box");
        double words = interactAndGet(() -> address.lookup(".text").getLayoutBounds().getHeight());
        double box = interactAndGet(address::getHeight);
        assertTrue(box > words, "the box (" + box + " px) holds its three lines (" + words + " px)");
    }
}
