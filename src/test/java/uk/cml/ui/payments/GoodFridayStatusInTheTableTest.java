package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.importer.CsvParser;
import uk.cml.importer.CsvRow;
import uk.cml.safety.CsvExport;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer rv7: £287.50 every 4 weeks from Fri 9 Jan 2026; Good Friday's due (3 Apr; 6 Apr Easter Monday) paid Tue 7
 * Apr, on time; 6 Mar's paid 9 Mar, 3 days late. Timeline and the pack said why 3 Apr's was on time; the Payments
 * table, its tooltip and the spreadsheet export said just "Paid", beside "Arrived late (3 days)" for 3 days less.
 */
@DisplayName("The Payments table and the CSV say why the Good Friday due was on time")
class GoodFridayStatusInTheTableTest extends WithTheApp {

    private static final Clock MAY = Clock.fixed(Instant.parse("2026-05-10T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final String FULL =
            "Paid (due on Good Friday, a bank holiday; on time by the next working day, 7 Apr 2026)";

    @Override
    protected Clock clock() {
        return MAY;
    }

    private static Payment pay(String date) {
        return new Payment(0, LocalDate.parse(date), Money.ofPence(28750), PaymentMethod.BANK_TRANSFER, "", "");
    }

    private long rv7() {
        return withJordanReedsCase((services, id) -> {
            services.payments.savePlan(id, new PaymentPlan(0, Money.ofPence(28750), PaymentFrequency.FOUR_WEEKLY,
                    LocalDate.of(2026, 1, 9), "CMS letter"));
            for (String date : List.of("2026-01-09", "2026-02-06", "2026-03-09", "2026-04-07", "2026-05-01")) {
                services.payments.savePayment(id, pay(date));
            }
        });
    }

    @Test
    @DisplayName("the table's cell at 1024 x 700 names the day and why; its tooltip has the words in full")
    void theTableSaysWhy() {
        rv7();
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1024, 700);
        press("#nav-payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the dues are listed", () -> table.getItems().size() == 5);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        TableCell<?, ?> friday = statusCell(table, LocalDate.of(2026, 4, 3));
        String chip = interactAndGet(() -> ((Label) friday.getGraphic()).getText());
        assertTrue(List.of("Paid (on time by Tue 7 Apr: bank holiday)", "Paid on time\n(by Tue 7 Apr: bank holiday)")
                .contains(chip), "the cell: " + chip);
        assertNotNull(friday.getTooltip());
        assertEquals(FULL, friday.getTooltip().getText());
        TableCell<?, ?> march = statusCell(table, LocalDate.of(2026, 3, 6));
        assertEquals("Arrived late (3 days)", march.getTooltip().getText());
    }

    /**
     * The lead, on Payments: a due on the Early May bank holiday made a wide chip, "(by Tue 6 May: Early May bank
     * holiday)". The chip says "bank holiday"; its tooltip (and the CSV, from the same ScheduleLine.statusText)
     * names it.
     */
    @Test
    @DisplayName("a long bank holiday name is in the tooltip, not the chip, at 1024 x 700")
    void aLongBankHolidayNameIsInTheTooltip() throws Exception {
        withJordanReedsCase((services, id) -> {
            services.payments.savePlan(id, new PaymentPlan(0, Money.ofPence(20000), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 3, 4), "CMS letter"));
            for (String date : List.of("2026-03-04", "2026-04-07", "2026-05-05")) {
                services.payments.savePayment(id, new Payment(0, LocalDate.parse(date), Money.ofPence(20000),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
        });
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1024, 700);
        press("#nav-payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("the dues are listed", () -> table.getItems().size() == 3);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-early-may-1024x700.png");
        TableCell<?, ?> may = statusCell(table, LocalDate.of(2026, 5, 4));
        String chip = interactAndGet(() -> ((Label) may.getGraphic()).getText());
        assertTrue(List.of("Paid (on time by Tue 5 May: bank holiday)", "Paid on time\n(by Tue 5 May: bank holiday)")
                .contains(chip), "the cell: " + chip);
        assertEquals("Paid (due on the Early May bank holiday; on time by the next working day, 5 May 2026)",
                may.getTooltip().getText());
    }

    private TableCell<?, ?> statusCell(TableView<ScheduleLine> table, LocalDate due) {
        int row = interactAndGet(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).date().equals(due)) {
                    table.scrollTo(i);
                    return i;
                }
            }
            return -1;
        });
        assertTrue(row >= 0, "a row for " + due);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<TableCell<?, ?>> cell = interactAndGet(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getGraphic() instanceof Label
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof ScheduleLine line
                        && line.date().equals(due))
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).findFirst());
        assertTrue(cell.isPresent(), "the status cell of " + due + " is on screen");
        return cell.get();
    }

    @Test
    @DisplayName("the spreadsheet export, read back, has the whole words for 3 Apr")
    void theCsvSaysWhy() throws Exception {
        rv7();
        List<CsvExport.CaseExport> written;
        try (AppServices services = AppServices.open(dataFolder, MAY)) {
            written = services.safety.exportCsv(dataFolder.resolve("usb"));
        }
        Path file = written.get(0).folder().resolve("Arrears schedule.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (CsvRow row : CsvParser.parse(text.substring(1)).rows()) {
            assertFalse(row.isBroken(), row.toString());
            rows.add(row.fields());
        }
        List<String> friday = rows.stream().filter(r -> r.get(0).equals("2026-04-03")
                || r.get(0).equals("03/04/2026") || r.get(0).equals("3 Apr 2026")).findFirst().orElseThrow(
                () -> new AssertionError("no row for 3 Apr: " + rows));
        assertTrue(friday.contains(FULL), "the 3 Apr row: " + friday);
        List<String> march = rows.stream().filter(r -> r.get(0).contains("03-06") || r.get(0).contains("06/03")
                || r.get(0).equals("6 Mar 2026")).findFirst().orElseThrow();
        assertTrue(march.contains("Arrived late (3 days)"), march.toString());
    }
}
