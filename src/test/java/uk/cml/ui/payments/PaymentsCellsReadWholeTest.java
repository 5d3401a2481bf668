package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
import uk.cml.domain.arrears.Payment;
import uk.cml.ui.AppRobot;

/**
 * At 1366 x 768 the due a payment counts towards ("3 dues, Fri 30 Oct ...") and its bank reference ("J REED MA...")
 * were cut: they wrap now, and every cell has its whole text on pointing, as what arrived for a due does.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentsCellsReadWholeTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void theDueAndTheReferenceWrapWholeAndEveryCellHasItsTextOnPointing() {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-payments");
        TableView<?> schedule = waitFor("#schedule-table");
        waitUntil("the dues are listed", () -> schedule.getItems().size() > 20);
        settle();
        List<TableCell<?, ?>> arrived = cells(schedule, 3);
        assertTrue(arrived.size() > 5, "what arrived has cells on screen");
        for (TableCell<?, ?> cell : arrived) {
            assertNotNull(cell.getTooltip(), "what arrived, '" + cell.getText() + "', reads in full on pointing");
            assertEquals(cell.getText(), cell.getTooltip().getText());
        }

        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        settle();
        for (String id : List.of("payments-for-the-due", "payments-reference")) {
            int column = interactAndGet(() -> table.getColumns().indexOf(table.getColumns().stream()
                    .filter(c -> id.equals(c.getId())).findFirst().orElseThrow()));
            List<TableCell<?, ?>> shown = cells(table, column);
            assertTrue(shown.size() > 5, id + " has cells on screen");
            for (TableCell<?, ?> cell : shown) {
                assertNotNull(cell.getTooltip(), id + ": '" + cell.getText() + "' reads in full on pointing");
                String drawn = interactAndGet(() -> ((Text) cell.lookup(".text")).getText()).replace("\n", " ");
                assertEquals(cell.getText(), drawn, id + " is drawn whole, not cut with '...'");
            }
        }
    }

    /** The cells with text of the table's column at {@code index}, as laid out on screen. */
    private List<TableCell<?, ?>> cells(TableView<?> table, int index) {
        return interactAndGet(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(index)
                        && c.getText() != null && !c.getText().isEmpty() && c.isVisible()
                        && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList());
    }

    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
