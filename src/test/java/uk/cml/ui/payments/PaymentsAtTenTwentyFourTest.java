package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.WithTheApp;

/**
 * Seen by a reviewer in a real window 1024 wide on the sample Collect and Pay case, on its day (Sun 6 Dec 2026): the
 * due payments table scrolled sideways (its columns' least widths and the upright bar came just past its room) and
 * the page's buttons wrapped. A window manager's frame takes a few pixels of a 1024-wide window, so the page is
 * checked a little narrower too.
 */
class PaymentsAtTenTwentyFourTest extends WithTheApp {

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-06T10:15:00Z"), ZoneId.of("Europe/London"));
    }

    /**
     * At 1024 wide, and in a 1024-wide window less a window manager's frame (1008), the due payments table shares its
     * width out with no sideways bar, and "Save as a spreadsheet…" stays on the row of the choices it saves: at 1024
     * it had 8 px to spare, and in a framed window it went to a row of its own. Quick entry keeps its two rows at
     * these widths under Collect and Pay (PaymentsFitTest): its words need about 830 px, the tab has 750.
     */
    @Test
    void underCollectAndPayAt1024WideTheDuesTableHasNoSidewaysBarAndTheChoicesKeepOneRow() {
        withSampleRecords("--collect-and-pay");
        openTheApp("payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> table.getItems().size() > 100);
        waitUntil("the fee column shows", () -> table.getVisibleLeafColumns().size() == 6);
        for (double[] size : new double[][] {{1024, 768}, {1024, 700}, {1008, 700}}) {
            sizeTheWindow(size[0], size[1]);
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            String where = size[0] + " x " + size[1] + " (" + interactAndGet(() -> widths(table)) + ")";
            assertFalse(interactAndGet(() -> sidewaysBar(table)), "a sideways bar at " + where);
            assertEquals(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS,
                    interactAndGet(table::getColumnResizePolicy), "the columns share the width at " + where);
            assertEquals(rowOf("#schedule-period"), rowOf("#payments-export"), 2,
                    "Save as a spreadsheet on the choices' row at " + where);
            assertEquals(rowOf("#payments-write-missed"), rowOf("#payments-import"), 2,
                    "the page's actions on one row at " + where);
            assertTrue(rightOf("#payments-export") <= rightOf("#schedule-table") - (size[0] == 1024 ? 20 : 0),
                    "room to spare beside Save as a spreadsheet at " + where);
        }
    }

    private double rightOf(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()).getMaxX());
    }

    private double rowOf(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()).getCenterY());
    }

    private static boolean sidewaysBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private static String widths(TableView<?> table) {
        StringBuilder text = new StringBuilder("table " + Math.round(table.getWidth()));
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.isVisible()) {
                text.append(" bar ").append(bar.getOrientation()).append(' ').append(Math.round(bar.getWidth()));
            }
        }
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            text.append("; ").append(column.getText()).append(' ').append(Math.round(column.getWidth())).append('/')
                    .append(Math.round(column.getMinWidth()));
        }
        return text.toString();
    }
}
