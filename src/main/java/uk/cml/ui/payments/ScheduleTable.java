package uk.cml.ui.payments;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.WrappingCells;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.StatusChip;

/**
 * The arrears schedule as a table: one row per due with what arrived for it, its status (which says what is still
 * owed on it) and the balance at the end of the day before the next due (the latest due's: now). Payments are not rows of their own, so no column counts money
 * twice. A TableView only builds cells for the rows on screen, so ten years of weekly dues open as fast as one month.
 */
public final class ScheduleTable {

    private ScheduleTable() {
    }

    static final String AFTER_FEE = "schedule-after-fee";
    /** "Arrived late (3 days)" on one line; a longer status goes on two (see status()). */
    private static final double STATUS_LEAST = 160;
    /** The rows' height while every status reads on one line. */
    static final double ONE_LINE_ROWS = 30;

    public static TableView<ScheduleLine> create() {
        TableView<ScheduleLine> table = new TableView<>();
        table.setId("schedule-table");
        table.setAccessibleText(Messages.text("payments.scheduleTable.eachPaymentDueWhatArrived"));
        table.setPlaceholder(PageLayout.emptyNote(Messages.text("payments.scheduleTable.nothingToShowForThis")));
        // Fixed-height rows: a 522-line table laid out in about 55 ms, against 90 ms with rows sized each to its own
        // content (PaymentsBenchmark, 3 Dec 2026). A status chip on two lines makes them all 40 px (StatusChip).
        table.setFixedCellSize(ONE_LINE_ROWS);
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
                Messages.text("payments.scheduleTable.whatArrived"), ScheduleTable::arrived, 300);
        // Two lines in a two-line row (a status on two lines makes every row so), one with "..." otherwise: the
        // whole of what arrived reads on pointing.
        arrived.setCellFactory(WrappingCells.inFixedRows());
        table.getColumns().add(arrived);
        // No "Short by" column: the status says what is short ("Part paid (short £26.87)", "£20.00 still to come"),
        // a due with nothing received is short by the due beside it (less what a write-off or offset cleared, which
        // what arrived says), and the balance and the totals above add it up. Its 76 px let "£51.87 on 30 Oct 2026"
        // read whole at 1024 wide, and the fee column fit under Collect and Pay without a sideways bar.
        table.getColumns().add(status());
        table.getColumns().add(Columns.money(Messages.text("payments.scheduleTable.balance"), line ->
                BalanceText.of(line.owedAfter()), 120));
        // Dates, amounts and statuses always read in full; what arrived gives way (its tooltip has it all), but never
        // below one payment on one day, "£51.87 on 28 Aug 2026" (with the cells' 4 px each side, app.css). Never
        // below what the heading needs (TextColumns). The status column widens itself to its widest chip
        // (StatusChip); 170 holds "Arrived late (3 days)". The balance has room for "In credit £150.00". Under
        // Collect and Pay the six come to about 720 px, inside the 730 a 1024 px window gives the table.
        double[] least = {98, 60, 60, 175, STATUS_LEAST, 120};
        for (int i = 0; i < least.length; i++) {
            TableColumn<ScheduleLine, ?> column = table.getColumns().get(i);
            column.setMinWidth(Math.max(least[i], column.getMinWidth()));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        scrollWhenTooNarrow(table);
        uk.cml.ui.common.SettledColumns.on(table); // shared out before each frame, not a pulse after it
        return table;
    }

    /**
     * The columns share the table's width out while their least widths fit in it. When they cannot (a small window
     * with the fee column showing, or a long status such as "On time if it arrives by ..."), the table keeps every
     * column at its width and scrolls sideways with a bar, rather than pushing the last columns past its edge: a
     * table that shares its width out never shows a sideways bar.
     */
    static <S> void scrollWhenTooNarrow(TableView<S> table) {
        Runnable check = () -> {
            double least = 0;
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                least += column.getMinWidth();
            }
            // The table's borders and its upright scroll bar take some of its width.
            boolean fit = least <= table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
            if (fit && table.getColumnResizePolicy() != TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS) {
                table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            } else if (!fit && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                for (TableColumn<S, ?> column : table.getColumns()) {
                    // The constrained policy sets widths without touching prefWidth, which may still be the least
                    // width from an earlier switch: setting it again would change nothing, and a window made
                    // narrower kept its wide columns, with Short by and Balance out of sight. Through the width
                    // the column has now, the change takes.
                    column.setPrefWidth(column.getWidth());
                    column.setPrefWidth(column.getMinWidth());
                }
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            }
        };
        table.widthProperty().addListener((obs, old, now) -> check.run());
        table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<TableColumn<S, ?>>)
                change -> check.run());
        for (TableColumn<S, ?> column : table.getColumns()) {
            column.minWidthProperty().addListener((obs, old, now) -> check.run());
        }
    }

    /** Shows the "after the fee" column when some due in the list had the Collect and Pay fee taken. */
    static void showFee(TableView<ScheduleLine> table) {
        boolean any = table.getItems().stream().anyMatch(line -> !line.fee().isZero());
        table.getColumns().stream().filter(c -> AFTER_FEE.equals(c.getId())).forEach(c -> c.setVisible(any));
    }

    private static String arrived(ScheduleLine line) {
        String notes = line.notes().isEmpty() ? "" : ". " + String.join(". ", line.notes());
        // Beside the After the fee column: a payment that reached the parent as that column says needs no
        // "(£49.80 after the CMS fee)", whose words cut "£51.87 on 30 Oct 2026" at 1024 and 1280 wide.
        return line.arrivedTextBesideExpected() + notes;
    }

    /**
     * The status as a coloured label that always carries its words, so colour is never the only signal. A status
     * too long for the column's least width ("Part arrived (short £26.87)", "Arrived late (13 days)") reads on two
     * lines in a taller row, rather than widening the column past what a 1024 px window has room for.
     */
    private static TableColumn<ScheduleLine, StatusChip.Status> status() {
        return StatusChip.column(Messages.text("payments.importRowsTable.status"), line ->
                new StatusChip.Status(line.statusChipText(), toneOf(line), line.statusChipTextOnTwoLines(),
                        line.statusText()),
                STATUS_LEAST, STATUS_LEAST);
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
