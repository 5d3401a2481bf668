package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.Words;

/**
 * The spreadsheet export's file names and headings in the parent's words, one map in messages.properties by table
 * and column ({@code csv.file.payment}, {@code csv.column.payment.amount_pence}). A column that points at another
 * record of the case says which file and number ("In reply to (number in Letters sent.csv)"), from the link the
 * database itself keeps, so the files can be read together. Yes-or-no columns are found the same way, by their
 * {@code CHECK (... IN (0, 1))}.
 */
final class CsvHeadings {

    static final String FILE = "csv.file.";
    static final String COLUMN = "csv.column.";
    /**
     * A column the export works out rather than reads, after the plan's first due: how often the plan falls due and
     * on what day, as the app counts its dues ({@code csv.column.payment_plan.falls_due}).
     */
    static final String FALLS_DUE = "falls_due";
    /** The table of the plans, whose file has {@link #FALLS_DUE}. */
    static final String PLANS = "payment_plan";

    /**
     * Columns left out of the files, each purely the app's own: {@code letter_sent.to_address_book_id} is the
     * address book entry a letter was addressed from. The address book is not part of a case's files, so the
     * number could not be followed, and the name and address the letter went to are kept in the row itself.
     */
    private static final Set<String> LEFT_OUT = Set.of("letter_sent.to_address_book_id");
    /** Columns the export never writes as a column of their own: the case is the folder, the bin is left out. */
    private static final Set<String> NOT_COLUMNS = Set.of("case_id", "deleted_at");
    /** Counted from 0 in the records, from 1 in the files: the children in the order the parent gave them. */
    private static final Set<String> FROM_ONE = Set.of("child.position");
    /**
     * Yes-or-no columns whose question is only asked of a row that has the other column filled in: "They did what
     * they promised" of a call with a promise, "Followed up" of a call with a follow-up date. The records keep 0 for
     * a question never asked, which is not an answer of No: the file leaves it blank (a 1 is what the parent ticked,
     * and stays Yes).
     */
    private static final Map<String, String> ASKED_WHEN = Map.of(
            "call_log.promise_kept", "promised",
            "call_log.follow_up_done", "follow_up_on");
    private static final Pattern YES_NO = Pattern.compile(
            "\"?(\\w+)\"?\\s+INTEGER[^,]*?CHECK\\s*\\(\\s*\"?\\1\"?\\s+IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private CsvHeadings() {
    }

    /**
     * Logs that are the app's rather than one case's, so each case's files list every row: a bank holiday the parent
     * added counts in every case's dates, whichever case was open when it was added (its {@code case_id}).
     */
    private static final Set<String> EVERY_CASE = Set.of("bank_holiday_added");

    /** Whether every case's files list all of {@code table}'s rows, not only those saved under the case. */
    static boolean everyCase(String table) {
        return EVERY_CASE.contains(table);
    }

    /** Whether {@code table} is a log of a case, and so a file of the export. */
    static boolean isLog(TableShape shape) {
        return shape.name().equals("case_file") || shape.hasColumn("case_id");
    }

    /** The columns of {@code table} the file has, in the table's order. */
    static List<String> columns(TableShape shape) {
        return shape.columns().stream().filter(column -> !NOT_COLUMNS.contains(column)
                && !LEFT_OUT.contains(shape.name() + "." + column)).toList();
    }

    /** "Payments.csv"; a table added without a name here is named from itself ("Bank payment.csv"). */
    static String fileName(String table) {
        return Words.has(FILE + table) ? Words.text(FILE + table) + ".csv" : madeName(table) + ".csv";
    }

    /** The words for {@code table.column}, if messages.properties has them. */
    static Optional<String> words(String table, String column) {
        for (String key : List.of(COLUMN + table + "." + column, COLUMN + column)) {
            if (Words.has(key)) {
                return Optional.of(Words.text(key));
            }
        }
        return Optional.empty();
    }

    /**
     * The heading of {@code column}: its words, with the file and number it points to when it points at another
     * record of the case. A column added without words keeps a heading made from its name, so the parent still has
     * it (CsvHeadingsTest fails until it has its words).
     */
    static String heading(String table, String column, Map<String, String> pointsTo) {
        String words = words(table, column).orElseGet(() -> CsvValues.heading(column));
        String target = pointsTo.get(column);
        return target == null ? words : Words.text("safety.csv.pointsTo", words, fileName(target));
    }

    /**
     * The column of the same row a yes-or-no {@code column} is asked about (see {@link #ASKED_WHEN}); none when the
     * question is always asked.
     */
    static Optional<String> askedWhen(String table, String column) {
        return Optional.ofNullable(ASKED_WHEN.get(table + "." + column));
    }

    /** Whether the value is a count from 0 the file shows from 1. */
    static boolean countedFromOne(String table, String column) {
        return FROM_ONE.contains(table + "." + column);
    }

    /** Column to the table it points at, for each column of {@code table} that links to a log of a case. */
    static Map<String, String> pointsTo(Connection c, String table, List<TableShape> logs) throws SQLException {
        Set<String> logNames = new java.util.HashSet<>();
        logs.forEach(shape -> logNames.add(shape.name()));
        Map<String, String> links = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA foreign_key_list(" + TableShape.quote(table) + ")")) {
            while (rows.next()) {
                String column = rows.getString("from");
                String target = rows.getString("table");
                if (!NOT_COLUMNS.contains(column) && logNames.contains(target)) {
                    links.put(column, target);
                }
            }
        }
        return links;
    }

    /** The columns of {@code table} the records keep as 0 or 1, by the table's own CHECK. */
    static Set<String> yesNo(Connection c, String table) throws SQLException {
        Set<String> columns = new java.util.HashSet<>();
        try (var s = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next() && rows.getString(1) != null) {
                    Matcher m = YES_NO.matcher(rows.getString(1));
                    while (m.find()) {
                        columns.add(m.group(1));
                    }
                }
            }
        }
        return columns;
    }

    /**
     * What the export would write without the parent's words: each log with no file name ("csv.file.TABLE") and
     * each column with no heading ("TABLE.COLUMN"). Empty when every file and heading is in messages.properties.
     */
    static List<String> missing(Connection c) throws SQLException {
        List<String> missing = new ArrayList<>();
        workedOut().stream().filter(key -> !Words.has(key)).forEach(missing::add);
        for (TableShape shape : TableShape.userTables(c)) {
            if (!isLog(shape)) {
                continue;
            }
            if (!Words.has(FILE + shape.name())) {
                missing.add(FILE + shape.name());
            }
            for (String column : columns(shape)) {
                if (words(shape.name(), column).isEmpty()) {
                    missing.add(shape.name() + "." + column);
                }
            }
        }
        return missing;
    }

    /**
     * The words of what the export works out rather than reads from a table: the arrears schedule's file and
     * headings ({@link uk.cml.domain.arrears.ArrearsScheduleCsv}) and the plan's days ({@link #FALLS_DUE}).
     */
    static List<String> workedOut() {
        List<String> keys = new ArrayList<>();
        keys.add(FILE + uk.cml.domain.arrears.ArrearsScheduleCsv.TABLE);
        uk.cml.domain.arrears.ArrearsScheduleCsv.COLUMNS.forEach(column -> keys.add(COLUMN
                + uk.cml.domain.arrears.ArrearsScheduleCsv.TABLE + "." + column));
        keys.add(COLUMN + PLANS + "." + FALLS_DUE);
        return keys;
    }

    private static String madeName(String table) {
        return table.substring(0, 1).toUpperCase(Locale.ROOT) + table.substring(1).replace('_', ' ');
    }
}
