package uk.cml.safety;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ArrearsScheduleCsv;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanDay;
import uk.cml.domain.timeline.Recorded;
import uk.cml.store.Database;
import uk.cml.store.RecordedTimes;

/**
 * Every log of a case as CSV files a spreadsheet opens cleanly: UTF-8 with a byte order mark (so Excel
 * reads £ and accents), readable headings, UK dates, pounds rather than pence, choices by the names the app shows
 * ("Bank transfer"). Generic over the tables: any table with a {@code case_id} is a log of that case. Records moved
 * to the bin are left out. Beside the logs, the arrears schedule as the app works it out ("Arrears schedule.csv",
 * the Payments page's table and totals): the logs keep what was due and what arrived, not what is owed.
 */
public final class CsvExport {

    private static final String RECORDED_AT = "recorded_at";
    private static final String PLANS = CsvHeadings.PLANS;
    private static final String FIRST_DUE = "first_due";

    private final Database database;
    private final CaseSchedules schedules;
    private final java.time.Clock clock;

    /**
     * @param schedules each case's arrears schedule as the app works it out (the Payments page's), written beside the
     *                  logs as "Arrears schedule.csv"
     */
    public CsvExport(Database database, CaseSchedules schedules, java.time.Clock clock) {
        this.database = database;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** One case's export: where it went and how many files. */
    public record CaseExport(Path folder, int files) {
    }

    /**
     * Every case, each in its own folder inside a new dated folder under {@code parent}
     * ("Child Maintenance Log export 2026-11-22", or " (2)" if that exists: nothing is ever overwritten).
     */
    public List<CaseExport> exportAllCases(Path parent, LocalDate today) throws IOException {
        record Named(long id, String otherParent) {
        }
        List<Named> cases = database.read(c -> {
            List<Named> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, other_parent_name FROM case_file WHERE deleted_at IS NULL ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Named(r.getLong(1), r.getString(2)));
                }
            }
            return all;
        });
        Path base = unusedFolder(parent.resolve("Child Maintenance Log export " + today));
        List<CaseExport> written = new ArrayList<>();
        for (Named named : cases) {
            Path caseFolder = base.resolve(safeName("Case " + named.id() + " - " + named.otherParent()));
            written.add(new CaseExport(caseFolder, exportCase(named.id(), caseFolder, today).size()));
        }
        return written;
    }

    private static Path unusedFolder(Path folder) {
        Path candidate = folder;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolveSibling(folder.getFileName() + " (" + n + ")");
        }
        return candidate;
    }

    static String safeName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    /** Writes one file per log of the case into {@code folder} (created if needed), as of today. Returns the files. */
    public List<Path> exportCase(long caseId, Path folder) throws IOException {
        return exportCase(caseId, folder, LocalDate.now(clock));
    }

    /**
     * Writes one file per log of the case into {@code folder} (created if needed), and the arrears schedule as it
     * stands at the end of {@code today}. Returns the files.
     */
    public List<Path> exportCase(long caseId, Path folder, LocalDate today) throws IOException {
        Files.createDirectories(folder);
        List<Table> tables = database.read(c -> {
            List<TableShape> logs = TableShape.userTables(c).stream().filter(CsvHeadings::isLog).toList();
            List<Table> all = new ArrayList<>();
            for (TableShape shape : logs) {
                all.add(read(c, shape, shape.name().equals("case_file") ? "id" : "case_id", caseId, logs));
            }
            return all;
        });
        List<Path> files = new ArrayList<>();
        for (Table table : tables) {
            Path file = folder.resolve(CsvHeadings.fileName(table.name()));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                writeLine(out, table.headings());
                for (List<String> row : table.rows()) {
                    writeLine(out, row);
                }
            }
            files.add(file);
        }
        files.add(writeSchedule(caseId, folder, today));
        return files;
    }

    /**
     * The arrears schedule as the app works it out, the same table as the Payments page's "Save as a spreadsheet
     * file" (one writer, {@link ArrearsScheduleCsv}), with its totals line: the dues, what was paid towards each,
     * the balances and what is owed now, which the logs alone do not give.
     */
    private Path writeSchedule(long caseId, Path folder, LocalDate today) throws IOException {
        ArrearsSchedule schedule = schedules.of(caseId, today);
        Path file = folder.resolve(CsvHeadings.fileName(ArrearsScheduleCsv.TABLE));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            ArrearsScheduleCsv.write(schedule, out);
            ArrearsScheduleCsv.writeTotals(schedule, out);
        }
        return file;
    }

    private record Table(String name, List<String> headings, List<List<String>> rows) {
    }

    private static Table read(Connection c, TableShape shape, String keyColumn, long caseId, List<TableShape> logs)
            throws SQLException {
        List<String> columns = CsvHeadings.columns(shape);
        Set<String> yesNo = CsvHeadings.yesNo(c, shape.name());
        Map<String, String> pointsTo = CsvHeadings.pointsTo(c, shape.name(), logs);
        Map<String, Map<String, Boolean>> pointedAt = new java.util.HashMap<>();
        for (Map.Entry<String, String> link : pointsTo.entrySet()) {
            pointedAt.put(link.getKey(), inTheBin(c, link.getValue(), caseId));
        }
        // "Recorded at" is when the record was first recorded, as the app says it everywhere else, with when it
        // last changed beside it: a correction moves the row's own recorded_at on, the earlier versions keep the first.
        boolean timed = shape.hasColumn("id") && columns.contains(RECORDED_AT) && SchemaCheck.hasTable(c, "amendment");
        boolean ofTheCase = !CsvHeadings.everyCase(shape.name());
        String where = (ofTheCase ? TableShape.quote(keyColumn) + " = ?" : "1 = 1")
                + (shape.hasColumn("deleted_at") ? " AND deleted_at IS NULL" : "");
        String sql = "SELECT " + String.join(", ", columns.stream().map(TableShape::quote).toList())
                + (timed ? RecordedTimes.columns(shape.name()) : "") + " FROM " + shape.quotedName() + " t WHERE "
                + where + " ORDER BY t.rowid";
        Map<String, String> fallsDue = shape.name().equals(PLANS) ? fallsDue(c, caseId) : Map.of();
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (ofTheCase) {
                s.setLong(1, caseId);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, String> values = new java.util.HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        values.put(columns.get(i), r.getString(i + 1));
                    }
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        if (timed && columns.get(i).equals(RECORDED_AT)) {
                            row.addAll(recorded(r, r.getString(i + 1)));
                        } else {
                            String value = r.getString(i + 1);
                            Map<String, Boolean> pointed = pointedAt.get(columns.get(i));
                            row.add(pointed != null ? pointer(value, pointed)
                                    : notAsked(shape.name(), columns.get(i), value, values) ? ""
                                    : cell(shape.name(), columns.get(i), value, yesNo));
                        }
                        if (shape.name().equals(PLANS) && columns.get(i).equals(FIRST_DUE)) {
                            row.add(fallsDue.getOrDefault(values.get("id"), ""));
                        }
                    }
                    rows.add(row);
                }
            }
        }
        List<String> headings = new ArrayList<>();
        for (String column : columns) {
            headings.add(CsvHeadings.heading(shape.name(), column, pointsTo));
            if (timed && column.equals(RECORDED_AT)) {
                headings.add(Words.text("safety.csv.lastChanged"));
            }
            if (shape.name().equals(PLANS) && column.equals(FIRST_DUE)) {
                headings.add(CsvHeadings.heading(PLANS, CsvHeadings.FALLS_DUE, Map.of()));
            }
        }
        return new Table(shape.name(), headings, rows);
    }

    /**
     * Each plan of the case, by its number: how often it falls due and on what day, as the app counts its dues
     * ({@link PlanDay#howOften}, the Payments page's words). A plan's first due alone can mislead: a plan from 30 Jun
     * continuing one due on the 31st runs on day 31.
     */
    private static Map<String, String> fallsDue(Connection c, long caseId) throws SQLException {
        List<PaymentPlan> plans = uk.cml.store.PaymentStore.readPlans(c, caseId);
        Map<String, String> words = new java.util.HashMap<>();
        for (PaymentPlan plan : plans) {
            words.put(String.valueOf(plan.id()), PlanDay.howOften(plan, plans));
        }
        return words;
    }

    /**
     * Each record of the case in {@code table}, by its number, and whether it is in the bin (and so not in the
     * files).
     */
    private static Map<String, Boolean> inTheBin(Connection c, String table, long caseId) throws SQLException {
        List<String> columns = TableShape.columnsOf(c, table);
        String sql = "SELECT id, " + (columns.contains("deleted_at") ? "deleted_at IS NOT NULL" : "0") + " FROM "
                + TableShape.quote(table) + " WHERE " + (columns.contains("case_id") ? "case_id" : "id") + " = ?";
        Map<String, Boolean> records = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    records.put(r.getString(1), r.getBoolean(2));
                }
            }
        }
        return records;
    }

    /**
     * A number pointing at another record: as it is when that record is in the files, "4 (in the bin)" when it is
     * in the bin, "4 (not in these files)" when the case has no such record.
     */
    private static String pointer(String value, Map<String, Boolean> pointed) {
        if (value == null) {
            return "";
        }
        Boolean binned = pointed.get(value);
        if (binned == null) {
            return Words.text("safety.csv.notInTheseFiles", CsvValues.safeText(value));
        }
        return binned ? Words.text("safety.csv.inTheBin", value) : value;
    }

    /**
     * Whether {@code value} is a No to a question the row was never asked (a call with no promise has nothing to
     * keep): the cell is then blank, as nothing was answered.
     */
    private static boolean notAsked(String table, String column, String value, Map<String, String> row) {
        return "0".equals(value) && CsvHeadings.askedWhen(table, column)
                .map(about -> row.get(about) == null || row.get(about).isBlank()).orElse(false);
    }

    /** A cell: yes or no as "Yes" or "No", a count from 0 from 1, anything else as {@link CsvValues} writes it. */
    private static String cell(String table, String column, String value, Set<String> yesNo) {
        if (value != null && yesNo.contains(column) && (value.equals("0") || value.equals("1"))) {
            return Words.text(value.equals("1") ? "safety.csv.yes" : "safety.csv.no");
        }
        if (value != null && CsvHeadings.countedFromOne(table, column) && value.matches("\\d{1,9}")) {
            return String.valueOf(Integer.parseInt(value) + 1);
        }
        return CsvValues.cell(table, column, value);
    }

    /**
     * "Recorded at" and "Last changed" for a row: when it was first recorded (empty where the records do not keep
     * it) and when it last changed (empty when never). A row whose own time cannot be read keeps it as stored.
     */
    private static List<String> recorded(ResultSet row, String stored) throws SQLException {
        if (stored == null) {
            return List.of("", "");
        }
        Recorded recorded;
        try {
            recorded = RecordedTimes.of(row);
        } catch (DateTimeParseException unreadable) {
            return List.of(CsvValues.cell(RECORDED_AT, stored), "");
        }
        return List.of(recorded.first().map(CsvValues::moment).orElse(""),
                recorded.changed().map(CsvValues::moment).orElse(""));
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvValues.quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Pence as pounds for a spreadsheet: "1234.50", no £ sign so the column adds up. */
    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
