package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.domain.arrears.Payment;
import uk.cml.ui.WithTheApp;

/**
 * At 1366 x 768 the due a payment counts towards ("3 dues, Fri 30 Oct ...") and its bank reference ("J REED MA...")
 * were cut: they wrap now, and every cell has its whole text on pointing, as what arrived for a due does. A date
 * received read "28 May 20..." (reviewer): its column is as wide as the widest date.
 */
class PaymentsCellsReadWholeTest extends WithTheApp {

    @Test
    void theDueAndTheReferenceWrapWholeAndEveryCellHasItsTextOnPointing() {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1366, 768);
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

    /**
     * At 1366 x 768 a bank reference of "M OTHERPARENT CMS" read "M OTHERPARE" over "NT CM...": the column wrapped it
     * inside a word. A reference must read as it does on the bank statement: its lines break only between words (a
     * word too long for any column reads on one line ending in "...", whole on pointing), at both laptop sizes.
     */
    @Test
    void aBankReferenceIsNeverBrokenInsideAWord() throws Exception {
        SampleFolders.fill(dataFolder);
        List<String> references = List.of("M OTHERPARENT CMS", "MAINTENANCEPAYMENTS REF 0042");
        try (uk.cml.app.AppServices services = uk.cml.app.AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 20);
            for (String reference : references) {
                services.payments.savePayment(caseId, new Payment(0, day, uk.cml.domain.Money.ofPence(1_00),
                        uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, reference, ""));
                day = day.plusDays(1);
            }
        }
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
                table.scrollTo(0);
            });
            settle();
            int column = interactAndGet(() -> table.getColumns().indexOf(table.getColumns().stream()
                    .filter(c -> "payments-reference".equals(c.getId())).findFirst().orElseThrow()));
            List<TableCell<?, ?>> shown = cells(table, column);
            for (String reference : references) {
                TableCell<?, ?> cell = shown.stream().filter(c -> reference.equals(c.getText())).findFirst()
                        .orElseThrow(() -> new AssertionError(reference + " is on screen at " + size[0]));
                List<String> lines = interactAndGet(() -> drawnLines((Text) cell.lookup(".text")));
                String where = "at " + size[0] + " x " + size[1] + ", '" + reference + "' is drawn as " + lines;
                String drawn = String.join("", lines);
                if (drawn.endsWith("\u2026")) {
                    assertEquals(1, lines.size(), where + ": cut short on one line, not on several");
                    assertTrue(reference.startsWith(drawn.substring(0, drawn.length() - 1).strip()), where);
                    assertEquals(reference, cell.getTooltip().getText(), where + ": whole on pointing");
                } else {
                    assertEquals(reference, drawn.strip(), where);
                }
                for (int i = 0; i < lines.size() - 1; i++) {
                    assertTrue(lines.get(i).endsWith(" "), where + ": a line ends inside a word");
                }
            }
        }
    }

    /**
     * "28 May 2026" read "28 May 20..." at 1366 x 768 beside the form (reviewer): a CMS reference of twelve figures
     * took the room, and the date column stayed at its least width, set for narrower months.
     */
    @Test
    void aDateReceivedReadsWholeBesideALongReference() throws Exception {
        SampleFolders.fill(dataFolder);
        java.time.LocalDate may = java.time.LocalDate.of(2026, 5, 28);
        try (uk.cml.app.AppServices services = uk.cml.app.AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            services.payments.savePayment(caseId, new Payment(0, may, uk.cml.domain.Money.ofPence(395_87),
                    uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "CMS 121640823375", ""));
        }
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1366, 768);
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().stream().anyMatch(p -> p.date().equals(may)));
        interact(() -> table.scrollTo(table.getItems().stream().filter(p -> p.date().equals(may)).findFirst()
                .orElseThrow()));
        settle();
        int column = interactAndGet(() -> table.getColumns().indexOf(table.getColumns().stream()
                .filter(c -> "payments-date".equals(c.getId())).findFirst().orElseThrow()));
        TableCell<?, ?> cell = cells(table, column).stream().filter(c -> "28 May 2026".equals(c.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("28 May 2026 is on screen"));
        String drawn = interactAndGet(() -> ((Text) cell.lookup(".text")).getText());
        assertEquals("28 May 2026", drawn, "the date is drawn whole, not cut with '...'");
    }

    /** The lines a wrapping text is drawn on, each with the space it ends on: read from where its caret goes. */
    private static List<String> drawnLines(Text text) {
        String words = text.getText();
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        double top = caretTop(text, 0);
        for (int i = 1; i < words.length(); i++) {
            double at = caretTop(text, i);
            if (at > top + 0.5) {
                lines.add(words.substring(start, i));
                start = i;
                top = at;
            }
        }
        lines.add(words.substring(start));
        return lines;
    }

    private static double caretTop(Text text, int index) {
        for (javafx.scene.shape.PathElement element : text.caretShape(index, true)) {
            if (element instanceof javafx.scene.shape.MoveTo move) {
                return move.getY();
            }
        }
        throw new AssertionError("no caret at " + index + " of '" + text.getText() + "'");
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
