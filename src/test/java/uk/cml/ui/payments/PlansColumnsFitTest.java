package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * On the payment plans tab at 1366 x 768, beside the form, "Where it came from" read "CMS annual review letter d...":
 * the words a parent checks a plan against. Every cell reads whole at 1366 and at 1024 wide, with no sideways bar.
 */
class PlansColumnsFitTest extends WithTheApp {

    @Test
    void everyColumnOfThePlansReadsWholeAtLaptopSizes() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payment plans")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> plans = waitFor("#plans-table");
        waitUntil("the plans are listed", () -> plans.getItems().size() == 2);
        for (int[] size : new int[][] {{1366, 768}, {1024, 768}}) {
            sizeTheWindow(size[0], size[1]);
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            String where = "at " + size[0] + " x " + size[1];
            List<String> shown = interactAndGet(() -> cells(plans));
            assertTrue(shown.stream().anyMatch(s -> s.startsWith("CMS annual review letter dated")),
                    "where the newest plan came from is on screen " + where + ": " + shown);
            assertEquals(List.of(), interactAndGet(() -> cut(plans)), "cells cut " + where);
            assertTrue(!interactAndGet(() -> sidewaysBar(plans)), "a sideways bar " + where);
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payment-plans-" + size[0] + "x"
                    + size[1] + ".png");
        }
    }

    private static List<String> cells(TableView<?> table) {
        List<String> words = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null) {
                words.add(cell.getText());
            }
        }
        return words;
    }

    /** Cells on screen whose words are shown cut ("...") rather than whole, on one line or several. */
    private static List<String> cut(TableView<?> table) {
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                Text shown = (Text) cell.lookup(".text");
                if (shown == null || !cell.getText().equals(shown.getText())) {
                    cut.add("\"" + (shown == null ? "" : shown.getText()) + "\" for \"" + cell.getText() + "\" in "
                            + cell.getTableColumn().getText() + " (" + Math.round(cell.getWidth()) + " px)");
                }
            }
        }
        return cut;
    }

    private static boolean sidewaysBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
