package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.paint.Paint;
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
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.AppRobot;

/**
 * What was seen in a real 1024 x 768 window on the due payments tab: "£51.87 on 30 Oct 2026" cut in What arrived,
 * Collect and Pay's quick entry wrapping with the date box alone on its second row, and "Missed" answered in the
 * green of a save.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentsFitTest extends AppRobot {

    /** One payment on one day, the commonest thing What arrived says: "£51.87 on 30 Oct 2026". */
    private static final Pattern ONE_PAYMENT = Pattern.compile("£[0-9,]+\\.[0-9]{2} on [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4}");

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /**
     * At 1024 x 768 What arrived had about 138 px, and "£51.87 on 30 Oct 2026" read "£51.87 on 30 O...": the parent
     * reads the cell, not its tooltip. At the laptop sizes each one-payment cell on screen reads whole, and the quick
     * entry's Direct Pay words share one row.
     */
    @Test
    void atLaptopSizesAPaymentOnADayReadsWholeInWhatArrived() {
        SampleFolders.fill(dataFolder);
        openPayments();
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> table.getItems().size() > 100);
        for (double[] size : new double[][] {{1024, 768}, {1280, 800}, {1366, 768}}) {
            resize(size);
            List<String> cut = interactAndGet(() -> cutOnePaymentCells(table));
            assertEquals(List.of(), cut, "What arrived at " + size[0] + " x " + size[1]);
            assertEquals(rowOf("#quick-paid-full"), rowOf("#quick-late-date"), 2,
                    "quick entry on one row at " + size[0]);
        }
    }

    /**
     * Under Collect and Pay the buttons' words are longer ("Nothing arrived") and one row cannot hold them at 1024
     * wide: the second row is Arrived late with the date it needs, never the date box alone, and no button's words
     * are cut. At 1366 everything shares one row.
     */
    @Test
    void underCollectAndPayAt1024WideArrivedLateGoesToTheSecondRowWithItsDate() throws Exception {
        SampleFolders.fill(dataFolder, "--collect-and-pay");
        openPayments();
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> table.getItems().size() > 10);
        resize(new double[] {1024, 768});
        double first = rowOf("#quick-paid-full");
        assertEquals(first, rowOf("#quick-missed"), 2, "Nothing arrived beside Arrived in full");
        assertEquals(first, rowOf("#quick-part-amount"), 2, "Part arrived and its amount on the first row");
        double second = rowOf("#quick-late-date");
        assertTrue(second > first + 20, "two rows at 1024 wide under Collect and Pay");
        assertEquals(second, rowOf("#quick-paid-late"), 2, "Arrived late on the row of the date it needs");
        assertEquals(second, rowOf("#quick-date-label"), 2, "the date box beside its label");
        assertEquals(List.of(), interactAndGet(this::cutButtons), "buttons' words cut at 1024");
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-fit-collect-1024x768.png");
        resize(new double[] {1366, 768});
        assertEquals(rowOf("#quick-paid-full"), rowOf("#quick-paid-late"), 2, "one row at 1366");
        assertEquals(rowOf("#quick-paid-full"), rowOf("#quick-late-date"), 2, "one row at 1366");
        assertEquals(List.of(), interactAndGet(this::cutButtons), "buttons' words cut at 1366");
    }

    /**
     * "Missed" saves nothing, and a due missed is not good news: its answer reads in the page's plain status look,
     * not the green that says a payment was just recorded (which it still is, with Undo, after Paid in full).
     */
    @Test
    void missedIsAnsweredInThePlainStatusLookAndOnlyASaveInGreen() throws Exception {
        PaymentsPageTest.aCase(dataFolder, true);
        openPayments();
        resize(new double[] {1024, 768});
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("one row per due", () -> table.getItems().size() == 4);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the first due is chosen", () -> lookup("#quick-about").queryLabeled().getText().startsWith("Due "));
        Label notice = lookup("#quick-notice").query();
        Label status = lookup("#payments-status").query();

        press("#quick-missed");
        waitUntil("the answer shows", notice::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        Paint missed = interactAndGet(notice::getTextFill);
        assertEquals(interactAndGet(status::getTextFill), missed, "in the status line's plain look");
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-fit-missed-1024x768.png");

        press("#quick-paid-full");
        waitUntil("the save is reported", () -> notice.getText().startsWith("Recorded"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(missed, interactAndGet(notice::getTextFill), "a save with Undo reads in green");
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-fit-saved-1024x768.png");
    }

    private void openPayments() {
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-payments");
    }

    private void resize(double[] size) {
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(size[0]);
            window().setHeight(size[1]);
        });
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The middle of a control's height, in the window. */
    private double rowOf(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()).getCenterY());
    }

    /** What arrived cells on screen saying one payment on one day whose shown words differ from their text. */
    private static List<String> cutOnePaymentCells(TableView<ScheduleLine> table) {
        List<String> cut = new ArrayList<>();
        int seen = 0;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && "What arrived".equals(cell.getTableColumn().getText()) && cell.getText() != null
                    && ONE_PAYMENT.matcher(cell.getText()).matches()) {
                seen++;
                Text shown = (Text) cell.lookup(".text");
                if (shown == null || !cell.getText().equals(shown.getText())) {
                    cut.add("\"" + (shown == null ? "" : shown.getText()) + "\" for \"" + cell.getText() + "\" in "
                            + Math.round(cell.getWidth()) + " px");
                }
            }
        }
        if (seen == 0) {
            cut.add("no cell saying one payment on one day was drawn");
        }
        return cut;
    }

    /** The quick entry's buttons whose shown words differ from their text. */
    private List<String> cutButtons() {
        List<String> cut = new ArrayList<>();
        for (String id : List.of("#quick-paid-full", "#quick-missed", "#quick-part-paid", "#quick-paid-late")) {
            Button button = lookup(id).query();
            Text shown = (Text) button.lookup(".text");
            if (shown == null || !button.getText().equals(shown.getText())) {
                cut.add(button.getText() + " reads \"" + (shown == null ? "" : shown.getText()) + "\"");
            }
        }
        return cut;
    }
}
