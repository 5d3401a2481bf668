package uk.cml.domain.arrears;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import uk.cml.domain.Money;

/**
 * Writes a schedule as CSV a spreadsheet opens cleanly: a header row, dates as dd/MM/yyyy, amounts as plain
 * numbers (1234.56, no £, no thousands separators), RFC 4180 quoting and CRLF line ends.
 * Columns: Date, Description, Due, Received, Cleared, Short by, Balance, Status. Due lines fill Due and Short by;
 * payment lines fill Received; adjustments fill Cleared, so Due - Received - Cleared adds up to the last Balance.
 * Text that a spreadsheet would run as a formula (starting = + - @) gets a leading apostrophe.
 */
public final class ArrearsScheduleCsv {

    public static final String HEADER = "Date,Description,Due,Received,Cleared,Short by,Balance,Status";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ArrearsScheduleCsv() {
    }

    public static void write(ArrearsSchedule schedule, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (ScheduleLine line : schedule.lines()) {
            boolean due = line.isDue();
            boolean payment = line.status() == LineStatus.PAYMENT;
            boolean adjustment = line.status() == LineStatus.ADJUSTMENT;
            out.write(String.join(",",
                    DATE.format(line.date()),
                    text(line.description()),
                    due ? amount(line.due()) : "",
                    payment ? amount(line.received()) : "",
                    adjustment ? amount(line.cleared()) : "",
                    due ? amount(line.shortBy()) : "",
                    amount(line.balanceAfter()),
                    text(line.statusText())));
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
