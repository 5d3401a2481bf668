package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.domain.arrears.Payment;
import uk.cml.ui.WithTheApp;

/**
 * At 1024 x 768 the payments received list showed about three payments: the form under it took the rest of the
 * tab. The parent can fold the form away (its buttons stay) and the list then shows at least seven; choosing a
 * payment opens the form again with it.
 */
class PaymentsListRoomTest extends WithTheApp {

    @Test
    void at1024By768TheFormFoldsAwaySoTheListShowsSevenPaymentsAndSaveStaysInView() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1024, 768);
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        settle();
        int before = interactAndGet(() -> wholeRows(table));

        press("#payment-form-fold");
        settle();
        int folded = interactAndGet(() -> wholeRows(table));
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-received-folded-1024x768.png");
        assertTrue(folded >= 7, "the list shows " + folded + " whole payments with the form folded (" + before
                + " with it open)");
        assertFalse(interactAndGet(() -> showing(lookup("#payment-date").query())), "the form is folded away");
        assertTrue(interactAndGet(() -> inWindow(lookup("#payment-save").query())), "Save stays in view");
        assertEquals("Show the form", lookup("#payment-form-fold").queryButton().getText());

        // A payment chosen in the list opens in the form, which unfolds to show it.
        interact(() -> table.getSelectionModel().select(0));
        settle();
        assertTrue(interactAndGet(() -> showing(lookup("#payment-date").query())), "the form opened again");
        assertEquals("Hide the form", lookup("#payment-form-fold").queryButton().getText());
    }

    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Rows with a payment in them seen whole inside the table's rows area (not under its heading or edge). */
    private static int wholeRows(TableView<?> table) {
        Node area = table.lookup(".clipped-container");
        Bounds view = area.localToScene(area.getLayoutBounds());
        int whole = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }

    private static boolean inWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return showing(node) && b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight();
    }

    /** Seen: the node and every pane around it are visible. */
    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
