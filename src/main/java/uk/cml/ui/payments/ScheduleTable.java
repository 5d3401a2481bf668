package uk.cml.ui.payments;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.common.KeptTogether;
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
    /** The status column's least width until its chips are measured (then it is as wide as they need: Lines). */
    private static final double STATUS_LEAST = 110;
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
        // As wide as its widest date in the cells' font ("30 Oct 2026"), no wider: a fixed 98 px was some of what
        // What arrived lacked at 1024 wide under Collect and Pay.
        java.util.function.Function<ScheduleLine, String> dueOn = line -> UkFormats.shortDate(line.date());
        table.getColumns().add(uk.cml.ui.common.TextColumns.keepWhole(Columns.text(
                Messages.text("payments.scheduleTable.dueOn"), dueOn, 100), dueOn));
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
                Messages.text("payments.scheduleTable.whatArrived"), ScheduleTable::shown, 300);
        // Two lines in a two-line row (a status on two lines makes every row so), one with "..." otherwise: the
        // whole of what arrived reads on pointing, and is what a screen reader reads, for a due paid in parts too.
        arrived.setCellFactory(WrappingCells.inFixedRows(line -> KeptTogether.dates(arrived(line))));
        table.getColumns().add(arrived);
        // No "Short by" column: the status says what is short ("Part paid (short £26.87)", "£20.00 still to come"),
        // a due with nothing received is short by the due beside it (less what a write-off or offset cleared, which
        // what arrived says), and the balance and the totals above add it up. Its 76 px let "£51.87 on 30 Oct 2026"
        // read whole at 1024 wide, and the fee column fit under Collect and Pay without a sideways bar.
        StatusChip.Sizing chips = new StatusChip.Sizing();
        TableColumn<ScheduleLine, StatusChip.Status> status = status(chips);
        table.getColumns().add(status);
        table.getColumns().add(Columns.money(Messages.text("payments.scheduleTable.balance"), line ->
                BalanceText.of(line.owedAfter()), 120));
        // Dates, amounts and statuses always read in full; what arrived gives way (its tooltip has it all), but never
        // below one payment on one day, "£51.87 on 28 Aug 2026" (with the cells' 4 px each side, app.css). Never
        // below what the heading needs (TextColumns). The due's date is as wide as its dates (keepWhole), so it has
        // no least of its own here. The status column widens itself to its widest chip
        // (StatusChip); 170 holds "Arrived late (3 days)". The balance has room for "In credit £150.00". Under
        // Collect and Pay the six come to about 720 px, inside the 730 a 1024 px window gives the table.
        double[] least = {0, 60, 60, 175, STATUS_LEAST, 120};
        for (int i = 0; i < least.length; i++) {
            TableColumn<ScheduleLine, ?> column = table.getColumns().get(i);
            column.setMinWidth(Math.max(least[i], column.getMinWidth()));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        scrollWhenTooNarrow(table);
        new Lines(table, arrived, status, chips);
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

    static String arrived(ScheduleLine line) {
        // Beside the After the fee column: a payment that reached the parent as that column says needs no
        // "(£49.80 after the CMS fee)", whose words cut "£51.87 on 30 Oct 2026" at 1024 and 1280 wide.
        return line.arrivedTextBesideExpected() + notes(line);
    }

    private static String notes(ScheduleLine line) {
        return line.notes().isEmpty() ? "" : ". " + String.join(". ", line.notes());
    }

    /**
     * What arrived as its cell says it: {@link #arrived}'s words, but for a due paid in parts, what came in short,
     * "£57.50 from 4 payments, the last on 6 Oct 2026" (then what was cleared of it, and its notes, as for any due).
     * Every part on its day, "£20.00 on 2 Oct 2026; £10.00 on 4 Oct 2026; ...", did not fit the two lines of a row at
     * 1024 wide and was cut; the rows cannot take a height that changes with the width (a JavaFX table then scrolls
     * to a stale place, JDK-8392756, and the newest due was not drawn). The whole words read on pointing, and under
     * the table once the due is chosen ({@link #inShort}). A due that only money paid over an earlier one counted
     * towards keeps its words, which begin "Nothing arrived". In every cell the spaces inside a date do not break: at
     * 1024 wide "£51.87 of £103.74 on 13 Nov" read over "2026" (and the column's width is measured with them so).
     */
    static String shown(ScheduleLine line) {
        if (!inShort(line)) {
            return KeptTogether.dates(arrived(line));
        }
        java.util.List<uk.cml.domain.arrears.Arrival> paid = line.arrivals().stream()
                .filter(a -> !a.counted().isZero()).toList();
        long pence = 0;
        java.time.LocalDate last = paid.get(0).date();
        for (uk.cml.domain.arrears.Arrival part : paid) {
            // In the terms of the words in full: under Collect and Pay, each part's share of what reached the parent.
            pence += part.feeTaken() ? part.share().pence() : part.counted().pence();
            last = part.date().isAfter(last) ? part.date() : last;
        }
        String cleared = line.clearedText();
        return KeptTogether.dates(Messages.text("payments.scheduleTable.fromPayments",
                uk.cml.domain.Money.ofPence(pence).format(), paid.size(), UkFormats.shortDate(last))
                + (cleared.isEmpty() ? "" : "; " + cleared) + notes(line));
    }

    /** Whether the cell says in short what came for the due ({@link #shown}): it was paid in two payments or more. */
    static boolean inShort(ScheduleLine line) {
        return line.arrivals().stream().filter(a -> !a.counted().isZero()).count() > 1
                && !(line.status() == uk.cml.domain.arrears.LineStatus.NOTHING_RECEIVED && line.paidOver().isPositive());
    }

    /**
     * The status as a coloured label that always carries its words, so colour is never the only signal. A status
     * too long for the column's least width ("Part arrived (short £26.87)", "Arrived late (13 days)") reads on two
     * lines in a taller row, rather than widening the column past what a 1024 px window has room for.
     */
    private static TableColumn<ScheduleLine, StatusChip.Status> status(StatusChip.Sizing chips) {
        return StatusChip.column(Messages.text("payments.importRowsTable.status"), line ->
                new StatusChip.Status(line.statusChipText(), toneOf(line), onTwoLines(line.statusChipText(),
                        line.statusChipTextOnTwoLines()), line.statusExplained()),
                160, chips);
    }

    /**
     * One line or two for the rows, and the status column's width, from the table's width and what all its rows need
     * (measured when they are set, not as they come on screen, so scrolling changes nothing). The dates, amounts and
     * the balance take what they need; when what arrived and every status read on one line beside them, the rows are
     * one line tall and the status column as wide as its widest chip. Otherwise the rows are two lines tall, the
     * status column as narrow as its chips allow on two lines ("Arrived late" over "(3 days)", only where a chip does
     * not fit on one), and what arrived has all the width left, on two lines. A status chip once wrapped at a fixed
     * 160 px: "Arrived late (3 days)" on two lines at 1366 wide, and every row 40 px tall for it, while at 1024 the
     * longest of what arrived was cut ("...paid ahead on 27 Nov 2026 ...") for want of 33 px.
     */
    private static final class Lines {
        /** What arrived's widest text on one line (with the cell's padding), for the rows it was measured for. */
        private double arrivedOne = -1;
        /** The least width that holds each of what arrived on two lines. */
        private double arrivedTwo = -1;
        private final TableView<ScheduleLine> table;
        private final TableColumn<ScheduleLine, String> arrived;
        private final TableColumn<ScheduleLine, StatusChip.Status> status;
        private final StatusChip.Sizing chips;
        private javafx.scene.text.Font measuredWith;
        private final javafx.scene.text.Text words = new javafx.scene.text.Text();

        Lines(TableView<ScheduleLine> table, TableColumn<ScheduleLine, String> arrived,
              TableColumn<ScheduleLine, StatusChip.Status> status, StatusChip.Sizing chips) {
            this.table = table;
            this.arrived = arrived;
            this.status = status;
            this.chips = chips;
            // What arrived is measured again for new rows, as the amounts and the chips are (RowsChanged); the chips'
            // column tells when it has measured them.
            uk.cml.ui.common.RowsChanged.follow(arrived, rows -> {
                arrivedOne = -1;
                arrange();
            });
            chips.whenMeasured(this::arrange);
            table.widthProperty().addListener(obs -> arrange());
            table.getVisibleLeafColumns().addListener((javafx.collections.ListChangeListener<TableColumn<ScheduleLine,
                    ?>>) change -> arrange());
            for (TableColumn<ScheduleLine, ?> column : table.getColumns()) {
                if (column != status) {
                    column.minWidthProperty().addListener(obs -> arrange());
                }
            }
            // Every column but what arrived takes what it needs and no more: the width left is what arrived's.
            for (TableColumn<ScheduleLine, ?> column : table.getColumns()) {
                if (column != arrived && column != status) {
                    column.maxWidthProperty().bind(column.minWidthProperty());
                }
            }
        }

        private void arrange() {
            javafx.scene.text.Font font = chips.cellFont();
            if (font == null || chips.oneLine() < 0 || table.getItems() == null) {
                return; // until a cell has shown the theme's font
            }
            if (arrivedOne < 0 || !font.equals(measuredWith)) {
                measuredWith = font;
                measureArrived(font);
            }
            double others = 0;
            for (TableColumn<ScheduleLine, ?> column : table.getVisibleLeafColumns()) {
                if (column != arrived && column != status) {
                    others += column.getMinWidth();
                }
            }
            // As scrollWhenTooNarrow counts it: the borders and the upright scroll bar take some of the width.
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18;
            boolean oneLine = others + chips.oneLine() + Math.max(arrivedOne, arrived.getMinWidth()) <= room;
            // On two lines what arrived has what it needs first; the status column the rest, between the least that
            // shows its chips whole (on two lines) and what they need on one.
            double width = oneLine ? chips.oneLine() : Math.max(chips.leastWhole(), Math.min(chips.oneLine(),
                    Math.floor(room - others - Math.max(arrivedTwo, arrived.getMinWidth()))));
            width = Math.ceil(width);
            status.setMinWidth(width);
            status.setMaxWidth(width);
            chips.choose(width);
            table.setFixedCellSize(oneLine ? ONE_LINE_ROWS : StatusChip.TWO_LINE_ROWS);
        }

        /**
         * What arrived's widest text for the rows on one line, and the least width that holds each on two, in the
         * cells' font (with their padding): a few texts, not one per row (digits are all one width), each broken where
         * its two lines come out most even, found in a few measures.
         */
        private void measureArrived(javafx.scene.text.Font font) {
            words.setFont(font);
            double one = 0;
            double two = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ScheduleLine line : table.getItems()) {
                String text = shown(line); // as its cell says it
                char[] shape = text.toCharArray();
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = Character.isDigit(shape[i]) ? '0' : shape[i];
                }
                if (seen.add(new String(shape))) {
                    double whole = width(text);
                    one = Math.max(one, whole);
                    two = Math.max(two, Math.min(whole, onTwoLines(text)));
                }
            }
            double sides = chips.cellSides() + 3; // and a little for the label's own rounding
            arrivedOne = Math.ceil(one + sides);
            arrivedTwo = Math.ceil(two + sides);
        }

        /** The width of the wider of two lines, the text broken at its most even space (the first line fills up). */
        private double onTwoLines(String text) {
            java.util.List<Integer> spaces = new java.util.ArrayList<>();
            for (int at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
                spaces.add(at);
            }
            if (spaces.isEmpty()) {
                return width(text);
            }
            // The first line widens and the second narrows as the break moves on: the even break is found by halves.
            int low = 0;
            int high = spaces.size() - 1;
            while (low < high) {
                int middle = (low + high) / 2;
                int at = spaces.get(middle);
                if (width(text.substring(0, at)) < width(text.substring(at + 1))) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            double best = Double.MAX_VALUE;
            for (int i = Math.max(0, low - 1); i <= low; i++) {
                int at = spaces.get(i);
                best = Math.min(best, Math.max(width(text.substring(0, at)), width(text.substring(at + 1))));
            }
            return best;
        }

        private double width(String text) {
            words.setText(text);
            return words.getLayoutBounds().getWidth();
        }
    }

    /**
     * A chip's words on two lines: as the status has them ("Part arrived" over "(short £26.87)"), or, for words with
     * no second line of their own, broken at the space nearest their middle ("Arrived" over "in advance"). Under
     * Collect and Pay at 1024 wide, "Arrived in advance" on one line kept the status column at 158 px, and what
     * arrived for a due paid ahead was cut.
     */
    static String onTwoLines(String text, String own) {
        if (!own.equals(text) || text.contains("\n")) {
            return own;
        }
        int best = -1;
        for (int at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
            // The longer line is the shorter the nearer the middle; of two as near, the earlier break.
            if (best < 0 || Math.max(at, text.length() - at - 1) < Math.max(best, text.length() - best - 1)) {
                best = at;
            }
        }
        return best < 0 ? text : text.substring(0, best) + "\n" + text.substring(best + 1);
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
