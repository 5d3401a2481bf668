package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.WithTheApp;

/**
 * What a new parent's walk-through of the Payments page found, driven by control id: the plan's weekday, quick
 * entry's date box and its Missed answer, the due each payment counts towards, and columns cut at 1024 x 700. The
 * case of {@link PaymentsPageTest#aCase}: £43.21 a week from Sun 1 Nov 2026; today is Sun 22 Nov 2026.
 */
class PaymentsWalkThroughTest extends WithTheApp {

    private void showTab(String title) {
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private String textOf(String id) {
        return lookup(id).queryLabeled().getText();
    }

    private static <S> List<String> column(TableView<S> table, String title) {
        TableColumn<S, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + title));
        assertTrue(column.isVisible(), title + " is shown");
        // Dates are kept whole by no-break spaces inside them (DueChoices), which read as spaces.
        return table.getItems().stream().map(row -> String.valueOf(column.getCellData(row)).replace('\u00a0', ' '))
                .toList();
    }

    /** The CMS letter says "every Sunday": the plans table says so, and gives the first due's weekday. */
    @Test
    void thePlansTableSaysTheWeekdayThePlanFallsOn() {
        PaymentsPageTest.aCase(dataFolder, true);
        startup = startOn(dataFolder);
        press("#nav-payments");
        showTab("Payment plans");
        TableView<PaymentPlan> plans = waitFor("#plans-table");
        waitUntil("the plan is listed", () -> plans.getItems().size() == 1);
        assertEquals(List.of("Sun 1 Nov 2026"), column(plans, "Applies from"));
        assertEquals(List.of("Weekly, on Sundays"), column(plans, "How often"));
    }

    /** "Missed" saves nothing: it says so beside the buttons, not in the status line at the top of the page. */
    @Test
    void missedSaysWhyNothingIsSavedBesideTheButtonPressed() {
        PaymentsPageTest.aCase(dataFolder, true);
        openOnTheFirstDue();
        press("#quick-missed");
        waitUntil("the answer shows by the buttons", () -> lookup("#quick-notice").queryLabeled().isVisible());
        assertEquals("Nothing to record: the payment due on Sun 1 Nov 2026 already shows that nothing arrived for it.",
                textOf("#quick-notice"));
        assertEquals("", textOf("#payments-status"), "nothing at the top of the page");
    }

    /**
     * The date box serves Part paid as well as Arrived late: it has a label of its own beside it on the same row,
     * and when Part paid asks when the part arrived, the keys go to that box.
     */
    @Test
    void partPaidAsksForTheDateInABoxLabelledBesideIt() {
        PaymentsPageTest.aCase(dataFolder, true);
        openOnTheFirstDue();
        Label label = waitFor("#quick-date-label");
        Node box = waitFor("#quick-late-date");
        assertEquals("Arrived on", label.getText());
        assertEquals(box, label.getLabelFor());
        Bounds l = interactAndGet(() -> label.localToScene(label.getLayoutBounds()));
        Bounds b = interactAndGet(() -> box.localToScene(box.getLayoutBounds()));
        assertTrue(b.getMinX() >= l.getMaxX() && b.getMinX() - l.getMaxX() < 12, "the label is just left of the box");
        assertTrue(Math.abs(l.getCenterY() - b.getCenterY()) < 2, "on the same row");

        type("#quick-part-amount", "20.00");
        press("#quick-part-paid");
        waitUntil("the date is asked for", () -> lookup("#quick-error").queryLabeled().isVisible());
        assertEquals("When did the part payment reach you? Type the date beside Arrived on, like 22/11/2026.",
                textOf("#quick-error"));
        waitUntil("the keys go to the date box", () -> box.isFocused() || box.lookup(".text-field").isFocused());
    }

    /**
     * The payments list names the due each payment counts towards, also when the app matched it by its date
     * (blank before), and says "as you said" when the parent chose the due. The due of the payment's own day is
     * named like any other ("Sun 8 Nov 2026"; reviewer rv3: "That day (Sun)" stood where other rows named the due).
     */
    @Test
    void everyPaymentNamesTheDueItCountsTowards() {
        long caseId = PaymentsPageTest.aCase(dataFolder, true);
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.payments.addPayments(caseId, List.of(
                    new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "",
                            ""),
                    new Payment(0, LocalDate.of(2026, 11, 16), Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER,
                            "", "").linkedTo(java.util.Optional.of(LocalDate.of(2026, 11, 1)))));
        }
        startup = startOn(dataFolder);
        press("#nav-payments");
        showTab("Payments received");
        TableView<Payment> payments = waitFor("#payments-table");
        waitUntil("both payments are listed", () -> payments.getItems().size() == 2);
        assertEquals(List.of("Sun 1 Nov 2026, as you said", "Sun 8 Nov 2026"), column(payments, "For the due"));
    }

    /**
     * At 1024 x 700 and 1366 x 768, on the Collect and Pay sample case, the payments list's date, how it came and the
     * due it counts towards read in full ("Through the CMS (Collect and Pay)" was cut).
     */
    @Test
    void atLaptopSizesThePaymentsListReadsInFull() {
        SampleFolders.fill(dataFolder, "--collect-and-pay");
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TableView<ScheduleLine> schedule = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> schedule.getItems().size() > 10);
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            sizeTheWindow(size[0], size[1]);
            showTab("Due payments");
            settle();
            // Collect and Pay's longer words ("Nothing arrived") take two rows at 1024 wide (PaymentsFitTest); the
            // date box never leaves its label. At 1366 the buttons and the box share one row.
            Node full = lookup("#quick-paid-full").query();
            Node date = lookup("#quick-late-date").query();
            Node label = lookup("#quick-date-label").query();
            double boxY = interactAndGet(() -> date.localToScene(date.getLayoutBounds()).getCenterY());
            assertEquals(boxY, interactAndGet(() -> label.localToScene(label.getLayoutBounds()).getCenterY()), 2,
                    "the date box beside its label at " + size[0]);
            if (size[0] > 1024) {
                assertEquals(interactAndGet(() -> full.localToScene(full.getLayoutBounds()).getCenterY()), boxY, 2,
                        "quick entry on one row at " + size[0]);
            }
            showTab("Payments received");
            TableView<Payment> payments = waitFor("#payments-table");
            waitUntil("payments are listed", () -> !payments.getItems().isEmpty());
            settle();
            List<String> cut = interactAndGet(() -> cutCells(payments, Set.of("Date", "How", "For the due")));
            assertEquals(List.of(), cut, "cut at " + size[0] + " x " + size[1]);
        }
    }

    /** Cells of the named columns whose shown words differ from their text (cut with "..."). */
    private static List<String> cutCells(TableView<?> table, Set<String> titles) {
        List<String> cut = new ArrayList<>();
        int seen = 0;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && titles.contains(cell.getTableColumn().getText()) && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                seen++;
                Text shown = (Text) cell.lookup(".text");
                if (shown == null || !cell.getText().equals(shown.getText())) {
                    cut.add(cell.getTableColumn().getText() + ": \"" + (shown == null ? "" : shown.getText())
                            + "\" for \"" + cell.getText() + "\"");
                }
            }
        }
        if (!cut.isEmpty()) {
            cut.add(table.getWidth() + " wide: " + table.getVisibleLeafColumns().stream().map(c -> c.getText() + " "
                    + Math.round(c.getMinWidth()) + "/" + Math.round(c.getWidth())).toList());
        }
        if (seen < titles.size()) {
            cut.add("only " + seen + " cells of " + titles + " were drawn");
        }
        return cut;
    }

    private void openOnTheFirstDue() {
        startup = startOn(dataFolder);
        press("#nav-payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("one row per due", () -> table.getItems().size() == 4);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the first due is chosen", () -> textOf("#quick-about").startsWith("Due "));
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
