package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.WithTheApp;

/**
 * The lead, on the sample case at 1024 x 700: the help above the due payments, about ten lines once opened, covered
 * half the table and more (two rows left). The help stays one line ("How payments are matched") until asked for;
 * opened, it reads in a box of a few lines that scrolls, every word still there, and the table keeps its rows.
 */
class MatchingRuleOpenKeepsTheTableTest extends WithTheApp {

    @Test
    void theOpenedHelpLeavesTheTableItsRowsAtTheSmallestWindow() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 700);
        press("#nav-payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the dues are listed", () -> !table.getItems().isEmpty());
        settle();
        Label rule = lookup("#schedule-matching-rule").query();
        assertFalse(rule.isVisible(), "one line until asked for");
        double closed = rows(table);
        press("#schedule-matching");
        waitUntil("the help opens", rule::isVisible);
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-matching-open-1024x700.png");
        double open = rows(table);
        assertTrue(open >= 0.6 * closed, "with the help open the table shows " + open + " rows (closed: " + closed
                + "): it covered more than half of them");
        assertTrue(rule.getText().startsWith("Money counts for a due if it arrives"), rule.getText());
        assertTrue(rule.getText().endsWith("The app then counts the money for that due first."), rule.getText());
        press("#schedule-matching");
        waitUntil("the help closes", () -> !rule.isVisible());
        settle();
        assertEquals(closed, rows(table), 0.5, "closed again, the table has its rows back");
    }

    private double rows(TableView<ScheduleLine> table) {
        return interactAndGet(() -> table.lookup(".clipped-container").getLayoutBounds().getHeight()) / 40;
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
