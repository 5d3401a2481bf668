package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, 5 Dec 2026, at 1366 x 768 on "Record a payment" for a case with a plan: under the date's one-line hint,
 * two blank lines, the room kept for "This is before the first payment was due on ..., so it counts as paid in
 * advance. If a plan was in place before then, add it too." (three lines beside the table). The line under the date
 * says it in short, in about the room of the hint's one line; saving says the whole sentence.
 */
class PaymentDateRoomTest extends WithTheApp {

    @Test
    void theRoomUnderTheDateIsTheHintsAndHoldsTheShortWarning() {
        openOnTheSampleRecords();
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        Label warning = lookup("#payment-date-warning").query();
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            String where = " at " + (int) size[0] + " x " + (int) size[1];
            sizeTheWindow(size[0], size[1]);
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            double[] heights = interactAndGet(() -> {
                Node place = warning.getParent();
                double hint = 0;
                for (Node child : ((javafx.scene.layout.Pane) place).getChildren()) {
                    if (child != warning && child.isVisible() && child instanceof Label label) {
                        hint = label.getHeight();
                    }
                }
                return new double[] {place.getLayoutBounds().getHeight(), hint};
            });
            assertTrue(heights[1] > 0, "the date's hint shows" + where);
            // The short warning reads on the hint's line in a real window; the test's fonts are a little wider, and
            // may take a second line. The whole sentence took three.
            assertTrue(heights[0] <= 2 * heights[1] + 0.5, "the room under the date, " + heights[0]
                    + " px, against its hint's " + heights[1] + where);
        }
    }
}
