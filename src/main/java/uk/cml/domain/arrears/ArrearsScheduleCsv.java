package uk.cml.domain.arrears;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.Words;
import uk.cml.domain.UkFormats;

/**
 * Writes a schedule as CSV a spreadsheet opens cleanly: a header row, dates as dd/MM/yyyy, amounts as plain
 * numbers (1234.56, no £, no thousands separators), RFC 4180 quoting and CRLF line ends.
 * One row per due, and one for each CMS figure by its date ({@link ScheduleNote}: its Description says it is not a
 * payment due, its amounts are empty and its Notes say the figure). "Arrived in its period" counts each payment once,
 * in the period it arrived in, so that column adds up to the money received; "Paid towards it" (what was counted for
 * the due) also includes credit and later arrears money, so it does not.
 * Text that a spreadsheet would run as a formula (starting = + - @) gets a leading apostrophe. "Owed before next due"
 * (headed "Balance" until reviewer rv10, as the letters and the pack head the same figure) is what is owed at the
 * end of the day before the next due, or for the latest due on the schedule's date ({@link ScheduleLine#owedAfter()},
 * on {@link ScheduleLine#balanceOn()}): on a due's own day its line leaves that due out, as the Payments page's "Owed
 * now" does.
 */
public final class ArrearsScheduleCsv {

    /**
     * The columns, by the names their headings have in messages.properties ({@code csv.column.arrears_schedule.date}):
     * the Payments page's file and the spreadsheet export's "Arrears schedule.csv" are the same table, so a parent
     * reads the same words in both. "Cleared without payment" is what a write-off, an offset or a settlement removed
     * from what was still owed on a due ({@link ScheduleLine#cleared()}): 0.00 on every line of a case with none
     * recorded, so its heading says what would go in it (the line's notes name the write-off, offset or settlement).
     */
    public static final List<String> COLUMNS = List.of("date", "description", "due", "arrived_in_period",
            "what_arrived", "counted", "cleared", "short_by", "balance", "status", "notes");
    /** The spreadsheet export's file of the schedule, and where its headings are. */
    public static final String TABLE = "arrears_schedule";
    public static final String HEADER = String.join(",", COLUMNS.stream()
            .map(column -> text(Words.text("csv.column." + TABLE + "." + column))).toList());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ArrearsScheduleCsv() {
    }

    /**
     * The header row for {@code schedule}: under Collect and Pay (a fee taken on any due), the figures of "Arrived in
     * its period" and "Paid towards it" are what the CMS counted, before its fee, and their headings say so, as the
     * bank statement shows less ("What arrived" gives what reached the parent). Otherwise {@link #HEADER}.
     */
    public static String header(ArrearsSchedule schedule) {
        if (schedule.lines().stream().allMatch(line -> line.fee().isZero())) {
            return HEADER;
        }
        return String.join(",", COLUMNS.stream().map(column -> text(switch (column) {
            case "arrived_in_period" -> Words.text("arrears.scheduleCsv.arrivedInPeriodBeforeFee");
            case "counted" -> Words.text("arrears.scheduleCsv.countedBeforeFee");
            default -> Words.text("csv.column." + TABLE + "." + column);
        })).toList());
    }

    public static void write(ArrearsSchedule schedule, Writer out) throws IOException {
        out.write(header(schedule));
        out.write("\r\n");
        for (ScheduleNote.Row row : ScheduleNote.inDateOrder(schedule.lines(), schedule.notes())) {
            if (row instanceof ScheduleNote.NoteRow note) {
                // A CMS figure is a row of its own by its date, saying it is not a due, with no amounts to add up.
                out.write(String.join(",", DATE.format(note.note().date()), text(note.note().what()), "", "", "", "",
                        "", "", "", "", text(note.note().text())));
                out.write("\r\n");
                continue;
            }
            ScheduleLine line = ((ScheduleNote.DueRow) row).line();
            out.write(String.join(",",
                    DATE.format(line.date()),
                    text(line.description()),
                    amount(line.due()),
                    amount(line.arrivedInPeriod()),
                    text(line.arrivedText()),
                    amount(line.received()),
                    amount(line.cleared()),
                    amount(line.shortBy()),
                    amount(line.owedAfter()),
                    text(line.statusText()),
                    text(String.join("; ", line.notes()))));
            out.write("\r\n");
        }
    }

    /**
     * The totals line under the lines, for the spreadsheet export: what fell due, what arrived (each payment once),
     * what was paid towards the dues, what was cleared and what is short on them, added up; and as the balance what
     * is owed now, the figure the Payments page and the Overview give (a due of today is not missed until its day is
     * over). Under Collect and Pay, its notes say that figure is before the fee and what should reach the parent
     * after it, as the Payments page does. Nothing for a schedule with no dues.
     */
    public static void writeTotals(ArrearsSchedule schedule, Writer out) throws IOException {
        if (schedule.lines().isEmpty()) {
            return;
        }
        long arrived = 0;
        long counted = 0;
        long cleared = 0;
        long shortBy = 0;
        for (ScheduleLine line : schedule.lines()) {
            arrived += line.arrivedInPeriod().pence();
            counted += line.received().pence();
            cleared += line.cleared().pence();
            shortBy += line.shortBy().pence();
        }
        Money owed = schedule.owedOnPassedDues();
        String note = "";
        if (owed.isPositive() && schedule.feeApplies()
                && !schedule.owedOnPassedDuesCollectedFromOtherDays().isPositive()) {
            note = Words.text("arrears.scheduleCsv.afterFee", schedule.owedOnPassedDuesAfterFee().format());
        }
        out.write(String.join(",",
                text(Words.text("arrears.scheduleCsv.totals")),
                text(Words.text("arrears.scheduleCsv.totalsOn", UkFormats.shortDate(schedule.asOf()))),
                amount(schedule.totalDue()),
                amount(Money.ofPence(arrived)),
                "",
                amount(Money.ofPence(counted)),
                amount(Money.ofPence(cleared)),
                amount(Money.ofPence(shortBy)),
                amount(owed),
                text(Words.text(owed.isNegative() ? "arrears.scheduleCsv.inCredit" : "arrears.scheduleCsv.owedNow")),
                text(note)));
        out.write("\r\n");
    }

    private static String amount(Money money) {
        return money.toPlainString();
    }

    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
