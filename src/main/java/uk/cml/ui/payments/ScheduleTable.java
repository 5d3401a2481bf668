package uk.cml.ui.payments;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.StatusChip;

/**
 * The arrears schedule as a table: one row per due with what arrived for it, its status, what is still owed on it
 * and the balance at the end of its period. Payments are not rows of their own, so no column counts money twice.
 * A TableView only builds cells for the rows on screen, so ten years of weekly dues open as fast as one month.
 */
public final class ScheduleTable {

    private ScheduleTable() {
    }

    static final String AFTER_FEE = "schedule-after-fee";

    public static TableView<ScheduleLine> create() {
        TableView<ScheduleLine> table = new TableView<>();
        table.setId("schedule-table");
        table.setAccessibleText(Messages.text("payments.scheduleTable.eachPaymentDueWhatArrived"));
        table.setPlaceholder(PageLayout.emptyNote(Messages.text("payments.scheduleTable.nothingToShowForThis")));
        table.setFixedCellSize(30);
        table.getColumns().add(Columns.text(Messages.text("payments.scheduleTable.dueOn"), line ->
                UkFormats.shortDate(line.date()), 100));
        table.getColumns().add(Columns.money(Messages.text("payments.scheduleTable.due"), line -> line.due().format(),
                80));
        // Under Collect and Pay the bank statement shows what the CMS passed on: the due less its fee. Shown only
        // when some due in the list had the fee taken (showFee).
        TableColumn<ScheduleLine, String> afterFee = Columns.money(Messages.text("payments.scheduleTable.afterFee"),
                line -> line.fee().isZero() ? "" : line.expected().format(), 90);
        afterFee.setId(AFTER_FEE);
        afterFee.setVisible(false);
        table.getColumns().add(afterFee);
        TableColumn<ScheduleLine, String> arrived = Columns.text(
                Messages.text("payments.scheduleTable.whatArrivedForIt"), ScheduleTable::arrived, 300);
        arrived.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(arrived);
        table.getColumns().add(status());
        table.getColumns().add(Columns.money(Messages.text("payments.scheduleTable.shortBy"), line -> line.shortBy()
                .isPositive()
                ? line.shortBy().format() : "", 80));
        table.getColumns().add(Columns.money(Messages.text("payments.scheduleTable.balance"), line ->
                BalanceText.of(line.balanceAfter()), 130));
        // Dates, amounts and statuses always read in full; what arrived gives way (its tooltip has it all).
        double[] least = {104, 72, 92, 180, 225, 76, 120};
        for (int i = 0; i < least.length; i++) {
            table.getColumns().get(i).setMinWidth(least[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /** Shows the "after the fee" column when some due in the list had the Collect and Pay fee taken. */
    static void showFee(TableView<ScheduleLine> table) {
        boolean any = table.getItems().stream().anyMatch(line -> !line.fee().isZero());
        table.getColumns().stream().filter(c -> AFTER_FEE.equals(c.getId())).forEach(c -> c.setVisible(any));
    }

    private static String arrived(ScheduleLine line) {
        String notes = line.notes().isEmpty() ? "" : ". " + String.join(". ", line.notes());
        return line.arrivedText() + notes;
    }

    /** The status as a coloured label that always carries its words, so colour is never the only signal. */
    private static TableColumn<ScheduleLine, StatusChip.Status> status() {
        return StatusChip.column(Messages.text("payments.importRowsTable.status"), line ->
                new StatusChip.Status(line.statusText(), toneOf(line)), 170);
    }

    static StatusChip.Tone toneOf(ScheduleLine line) {
        return switch (line.status()) {
            case PAID -> StatusChip.Tone.GOOD;
            case PAID_LATE -> StatusChip.Tone.WARN;
            case PART_PAID, NOTHING_RECEIVED -> StatusChip.Tone.BAD;
            case PAID_IN_ADVANCE, DUE_TODAY -> StatusChip.Tone.INFO;
            case SETTLED, WRITTEN_OFF, OFFSET -> StatusChip.Tone.PLAIN;
        };
    }
}
