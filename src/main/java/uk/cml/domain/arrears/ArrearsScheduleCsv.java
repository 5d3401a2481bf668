package uk.cml.domain.arrears;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import uk.cml.domain.Money;

/**
 * Writes a schedule as CSV a spreadsheet opens cleanly: a header row, dates as dd/MM/yyyy, amounts as plain
 * numbers (1234.56, no £, no thousands separators), RFC 4180 quoting and CRLF line ends.
 * One row per due, and one for each CMS figure by its date ({@link ScheduleNote}: its Description says it is not a
 * payment due, its amounts are empty and its Notes say the figure). "Arrived in period" counts each payment once, in the period it arrived in, so that column adds
 * up to the money received; "Counted for this due" also includes credit and later arrears money, so it does not.
 * Text that a spreadsheet would run as a formula (starting = + - @) gets a leading apostrophe. "Balance" is what is
 * owed at the end of the day before the next due, or for the latest due on the schedule's date
 * ({@link ScheduleLine#owedAfter()}, on {@link ScheduleLine#balanceOn()}): on a due's own day its line leaves that
 * due out, as the Payments page's "Owed now" does.
 */
public final class ArrearsScheduleCsv {

    public static final String HEADER = "Date due,Description,Due,Arrived in period,What arrived,"
            + "Counted for this due,Cleared,Short by,Balance,Status,Notes";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ArrearsScheduleCsv() {
    }

    public static void write(ArrearsSchedule schedule, Writer out) throws IOException {
        out.write(HEADER);
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
