package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/**
 * The Adjustments tab at 1366 x 768 put its form (held about 680 px wide by its longest choice) beside the table,
 * which had 415 px left and read "3 Oct ..." and "Arrears figure ...". At 1366 x 768 and at 1024 x 700 the table
 * now reads its date, what happened and the amount in full, shows its heading and at least three rows, and Save
 * stays in the window.
 */
class AdjustmentsTableRoomTest extends WithTheApp {

    private void size(int width, int height) {
        sizeTheWindow(width, height);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TableView<?> openAdjustments() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-adjustments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#adjustments-table");
        waitUntil("the sample's adjustment is listed", () -> !table.getItems().isEmpty());
        return table;
    }

    private void assertRoomy(TableView<?> table, String size) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        Snapshots.save(this, window().getScene().getRoot(), "adjustments-" + size + ".png");
        interact(() -> {
            Node header = table.lookup(".column-header-background");
            TableRow<?> row = (TableRow<?>) table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow();
            double rows = (table.getHeight() - header.getLayoutBounds().getHeight()) / row.getHeight();
            assertTrue(rows >= 3 - 0.05, size + ": room for " + rows + " rows in a table " + table.getHeight()
                    + " px high");
            List<String> cut = row.lookupAll(".table-cell").stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(cell -> cell.getText() != null && !cell.getTableColumn().getText().equals("Note"))
                    .filter(cell -> cell.lookup(".text") instanceof javafx.scene.text.Text shown
                            && !shown.getText().equals(cell.getText()))
                    .map(Labeled::getText).toList();
            assertEquals(List.of(), cut, size + ": cut short in a table " + Math.round(table.getWidth()) + " px wide");
            Node save = lookup("#adjustment-save").query();
            Bounds b = save.localToScene(save.getLayoutBounds());
            Node tabs = lookup("#payments-tabs").query();
            Bounds tab = tabs.localToScene(tabs.getLayoutBounds());
            assertTrue(save.isVisible() && b.getMaxY() <= tab.getMaxY() + 0.5
                    && b.getMaxY() <= window().getScene().getHeight(), size + ": Save at " + b + " in " + tab);
        });
    }

    @Test
    void theTableReadsInFullWithRoomForRowsAtALaptopsSizeAndTheSmallest() throws Exception {
        TableView<?> table = openAdjustments();
        size(1366, 768);
        assertRoomy(table, "1366x768");
        size(1024, 700);
        assertRoomy(table, "1024x700");
    }
}
