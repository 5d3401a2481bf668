package uk.cml.safety;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.cml.domain.CmsReference;

/**
 * Headings and cells for the CSV export: readable names, UK dates, pounds, choices by the app's names for them, and no
 * spreadsheet formulas.
 */
final class CsvValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private CsvValues() {
    }

    /**
     * A heading made from a column's name, for a column added without words in messages.properties (see
     * {@link CsvHeadings}): "paid_on" -> "Paid on"; "amount_pence" -> "Amount (£)".
     */
    static String heading(String column) {
        String words = column.endsWith("_pence") ? column.substring(0, column.length() - 6) + " (£)" : column;
        words = words.replace('_', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * A cell of {@code table}: a choice by the name the app shows for it ("Bank transfer", not "BANK_TRANSFER"), the
     * CMS reference grouped as the app shows it ("1212 3456 7890").
     */
    static String cell(String table, String column, String value) {
        if (table.equals("case_file") && column.equals("cms_reference") && value != null && value.matches("\\d{12}")) {
            // As the app shows it: twelve digits alone a spreadsheet reads as a number, 1.21235E+11.
            return CmsReference.ofNullable(value).map(CmsReference::grouped).orElse(value);
        }
        if (table.equals("letter_sent") && column.equals("made_words")) {
            // As printed, in plain words, not the letter writer's own form of them (CsvLetterWords).
            return CsvLetterWords.asPrinted(value);
        }
        return RecordChoices.label(table, column, value).orElseGet(() -> cell(column, value));
    }

    static String cell(String column, String value) {
        if (value == null) {
            return "";
        }
        if (column.endsWith("_pence")) {
            try {
                return CsvExport.pounds(Long.parseLong(value));
            } catch (NumberFormatException notPence) {
                return safeText(value);
            }
        }
        try {
            if (DATE.matcher(value).matches()) {
                return UK_DATE.format(LocalDate.parse(value));
            }
            if (DATE_TIME.matcher(value).matches()) {
                return UK_DATE_TIME.format(LocalDateTime.parse(value));
            }
        } catch (DateTimeParseException notADate) {
            // kept as the text it is
        }
        return safeText(value);
    }

    /** A moment the app recorded, as the other dates and times in the files: "03/03/2025 18:20". */
    static String moment(LocalDateTime at) {
        return UK_DATE_TIME.format(at);
    }

    /** Text a spreadsheet would run as a formula ("=HYPERLINK(...)") starts with an apostrophe instead. */
    static String safeText(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + value;
        }
        return value;
    }

    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
