package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * At 1024 x 700, the smallest window the app supports, each list on the Letters page showed about two and a half
 * letters: titles wrapped onto three lines in a narrow column, the page's head took a line of its own for the
 * buttons, and a list of three letters kept as much height as a long one. Each list must show at least three whole
 * letters there (all of a short list), with the received list's fourth begun.
 */
class LettersRoomTest extends WithTheApp {

    @Test
    void at1024By700EachListShowsThreeWholeLettersAtLeast() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 700);
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        TableView<?> received = waitFor("#letters-received-table");
        waitUntil("the letters are listed", () -> sent.getItems().size() >= 3 && received.getItems().size() >= 4);
        settle();
        int sentRows = interactAndGet(() -> wholeRows(sent));
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "letters-1024x700.png");
        press("#letters-tab-received"); // each list on a tab of its own
        settle();
        int receivedRows = interactAndGet(() -> wholeRows(received));
        assertTrue(sentRows == sent.getItems().size() && receivedRows >= 3, "the lists show " + sentRows + " and " + receivedRows
                + " whole letters of " + sent.getItems().size() + " and " + received.getItems().size());
    }

    private static void settle() {
        // Wrapped words change a row's height after its width is known: a few pulses to lay out again.
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Rows with a letter in them seen whole inside the table's rows area (not under its heading or edge). */
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
}
