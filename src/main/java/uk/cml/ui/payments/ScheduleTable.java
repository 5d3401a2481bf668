package uk.cml.ui.payments;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * The arrears schedule as a table: one row per due, payment and adjustment, with the running balance. A TableView
 * only builds cells for the rows on screen, so ten years of weekly dues open as fast as one month.
 */
public final class ScheduleTable {

    private ScheduleTable() {
    }

    public static TableView<ScheduleLine> create() {
        TableView<ScheduleLine> table = new TableView<>();
        table.setId("schedule-table");
        table.setAccessibleText("Due payments, payments received and the balance after each");
        table.setPlaceholder(new Label("Nothing to show for this period."));
        table.setFixedCellSize(28);
        table.getColumns().add(Columns.text("Date", line -> UkFormats.shortDate(line.date()), 110));
        table.getColumns().add(Columns.text("What", ScheduleLine::description, 300));
        table.getColumns().add(Columns.money("Due", line -> line.isDue() ? line.due().format() : "", 90));
        table.getColumns().add(Columns.money("Received", line -> received(line), 90));
        table.getColumns().add(Columns.money("Short by", line -> line.isDue() && line.shortBy().isPositive()
                ? line.shortBy().format() : "", 90));
        table.getColumns().add(Columns.text("Status", ScheduleLine::statusText, 150));
        table.getColumns().add(Columns.money("Balance", line -> line.balanceAfter().format(), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /** For a due, what was allocated to it; for a payment, the payment itself. */
    private static String received(ScheduleLine line) {
        Money received = line.received();
        return received.isZero() ? "" : received.format();
    }
}
