package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.Words;
import uk.cml.importer.CsvParser;
import uk.cml.importer.CsvRow;
import uk.cml.safety.CsvExport;
import uk.cml.store.Database;

/**
 * The spreadsheet export of the sample cases, read back as a parent (or an adviser) would read it: file names and
 * headings in plain words, yes or no as "Yes" and "No", and every number that points at another record saying which
 * file it is in, and found there.
 */
class SampleCsvExportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    /** Headings the export once wrote, made from the database's own column names. */
    private static final Set<String> OLD_HEADINGS = Set.of("Sha256", "Size bytes", "To address book id",
            "Copy document id", "Scan document id", "Certificate document id", "Evidence document id", "In reply to",
            "Printed reply by", "Answers decision", "Chases", "Confirms call", "Heading", "Made words",
            "Told missed payments", "Position", "From letter", "Amount unchanged on", "Keep address private",
            "Follow up done", "Promise kept", "Collection fee percent", "Cms reference", "Percent", "Staff id");
    /** A column's name as the database spells it, or made from it ("paid_on", "Evidence document id"). */
    private static final Pattern RAW = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*|.*_.*|.*\\b[Ii]d");
    private static final Pattern YES_NO = Pattern.compile("(\\w+)\\s+INTEGER[^,]*CHECK\\s*\\(\\s*\\1\\s+IN\\s*\\(\\s*0\\s*,\\s*1\\s*\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** Yes-or-no columns asked only of a row with the other column filled in. */
    private static final Map<String, String> ASKED_WHEN = Map.of("call_log.promise_kept", "promised",
            "call_log.follow_up_done", "follow_up_on");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "Collect and Pay: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("The sample case's files and headings are plain words a parent understands")
    void plainFilesAndHeadings(boolean collectAndPay) throws Exception {
        Map<String, List<List<String>>> files = export(collectAndPay);
        assertEquals(new TreeSet<>(List.of("Adjustments.csv", "Arrears schedule.csv", "Bank holidays you added.csv", "Calls.csv", "Case.csv", "Children.csv",
                "CMS decisions.csv", "Collect and Pay fee rates.csv", "Documents.csv", "Enforcement steps.csv",
                "How maintenance is paid.csv", "Letters received.csv", "Letters sent.csv", "Notes.csv",
                "Payment plans.csv", "Payments.csv")), new TreeSet<>(files.keySet()));
        List<String> wrong = new ArrayList<>();
        files.forEach((file, rows) -> {
            for (String heading : rows.get(0)) {
                if (RAW.matcher(heading).matches() || OLD_HEADINGS.contains(heading)) {
                    wrong.add(file + ": " + heading);
                }
            }
        });
        assertEquals(List.of(), wrong, "headings made from the database's column names");
    }

    @ParameterizedTest(name = "Collect and Pay: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("The CMS reference reads as the app shows it, so a spreadsheet keeps it as written (not 1.21235E+11)")
    void cmsReferenceAsTheAppShowsIt(boolean collectAndPay) throws Exception {
        List<List<String>> rows = export(collectAndPay).get("Case.csv");
        assertEquals("1212 3456 7890", rows.get(1).get(rows.get(0).indexOf("CMS reference")), rows.toString());
        List<List<String>> children = export(collectAndPay, "again").get("Children.csv");
        int order = children.get(0).indexOf("Order on the case (1 = first)");
        assertEquals(List.of("Mia 1", "Leo 2"), children.subList(1, children.size()).stream()
                .map(row -> row.get(1) + " " + row.get(order)).toList(), "counted from 1, in the order given");
    }

    @ParameterizedTest(name = "Collect and Pay: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("Every yes-or-no column says Yes or No, never 1 or 0, and is blank only where the question was not "
            + "asked (a call with no promise, or no follow-up date)")
    void yesOrNo(boolean collectAndPay) throws Exception {
        Map<String, List<List<String>>> files = export(collectAndPay);
        Map<String, Set<String>> yesNo = yesNoColumns();
        assertTrue(yesNo.getOrDefault("call_log", Set.of()).containsAll(Set.of("follow_up_done", "promise_kept")),
                yesNo.toString());
        assertTrue(yesNo.getOrDefault("case_file", Set.of()).contains("keep_address_private"), yesNo.toString());
        Set<String> seen = new TreeSet<>();
        yesNo.forEach((table, columns) -> {
            List<List<String>> rows = files.get(Words.text("csv.file." + table) + ".csv");
            for (String column : columns) {
                String heading = Words.text("csv.column." + table + "." + column);
                int at = rows.get(0).indexOf(heading);
                assertTrue(at >= 0, heading + " in " + rows.get(0));
                String about = ASKED_WHEN.get(table + "." + column);
                int asked = about == null ? -1 : rows.get(0).indexOf(Words.text("csv.column." + table + "." + about));
                for (List<String> row : rows.subList(1, rows.size())) {
                    boolean notAsked = asked >= 0 && row.get(asked).isBlank();
                    assertTrue(Set.of("Yes", "No").contains(row.get(at)) || notAsked && row.get(at).isEmpty(),
                            table + "." + column + ": " + row.get(at));
                    assertFalse(notAsked && row.get(at).equals("No"), table + "." + column + " answered No in "
                            + row + ", but its question was not asked");
                    seen.add(row.get(at));
                }
            }
        });
        assertTrue(seen.contains("No"), seen.toString());
    }

    @ParameterizedTest(name = "Collect and Pay: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("The arrears schedule file has the Payments page's dues and figures, and its totals line what is "
            + "owed now, as the Payments page says it")
    void arrearsScheduleAsThePaymentsPage(boolean collectAndPay) throws Exception {
        Map<String, List<List<String>>> files = export(collectAndPay);
        java.time.LocalDate today = java.time.LocalDate.now(CLOCK);
        uk.cml.domain.arrears.ArrearsSchedule schedule;
        try (AppServices services = AppServices.open(temp.resolve("records"), CLOCK)) {
            schedule = services.payments.records(1).schedule(today);
        }
        List<List<String>> rows = files.get("Arrears schedule.csv");
        // Under Collect and Pay the two columns of money counted for the dues say they are before the CMS fee: the
        // bank statement shows less (What arrived gives that).
        assertEquals(uk.cml.domain.arrears.ArrearsScheduleCsv.COLUMNS.stream()
                .map(column -> !collectAndPay ? Words.text("csv.column.arrears_schedule." + column)
                        : column.equals("arrived_in_period") ? Words.text("arrears.scheduleCsv.arrivedInPeriodBeforeFee")
                        : column.equals("counted") ? Words.text("arrears.scheduleCsv.countedBeforeFee")
                        : Words.text("csv.column.arrears_schedule." + column)).toList(), rows.get(0));
        // The CMS's own arrears figures are rows of their own by date, not dues (their Description says so).
        List<List<String>> figures = rows.stream()
                .filter(row -> row.get(1).equals(Words.text("arrears.note.cmsFigureWhat"))).toList();
        assertEquals(schedule.notes().size(), figures.size(), "a row a CMS figure");
        rows = rows.stream().filter(row -> !figures.contains(row)).toList();
        assertEquals(schedule.lines().size() + 2, rows.size(), "a line a due, and the totals");
        List<String> totals = rows.get(rows.size() - 1);
        assertEquals("Totals", totals.get(0));
        assertEquals(schedule.owedOnPassedDues().toPlainString(), totals.get(rows.get(0).indexOf("Owed before next due (£)")));
        assertEquals(schedule.totalDue().toPlainString(), totals.get(rows.get(0).indexOf("Due (£)")));
        for (int i = 0; i < schedule.lines().size(); i++) {
            uk.cml.domain.arrears.ScheduleLine line = schedule.lines().get(i);
            assertEquals(List.of(line.due().toPlainString(), line.received().toPlainString(), line.statusText()),
                    List.of(rows.get(i + 1).get(2), rows.get(i + 1).get(5), rows.get(i + 1).get(9)), line.toString());
        }
        if (collectAndPay && schedule.owedOnPassedDues().isPositive()) {
            assertTrue(totals.get(10).contains(schedule.owedOnPassedDuesAfterFee().format()), totals.toString());
        } else {
            assertEquals("", totals.get(10), "nothing owed, so nothing to say of the fee");
        }
    }

    @Test
    @DisplayName("A number pointing at another record says which file it is in, and that file has it")
    void pointersSayWhere() throws Exception {
        Map<String, List<List<String>>> files = export(false);
        Pattern pointer = Pattern.compile(".* \\(number in (.+\\.csv)\\)");
        int followed = 0;
        for (Map.Entry<String, List<List<String>>> file : files.entrySet()) {
            List<String> headings = file.getValue().get(0);
            for (int at = 0; at < headings.size(); at++) {
                Matcher m = pointer.matcher(headings.get(at));
                if (!m.matches()) {
                    continue;
                }
                List<List<String>> target = files.get(m.group(1));
                assertTrue(target != null, headings.get(at) + " in " + file.getKey() + " names no file of the export");
                Set<String> numbers = new TreeSet<>();
                target.subList(1, target.size()).forEach(row -> numbers.add(row.get(0)));
                for (List<String> row : file.getValue().subList(1, file.getValue().size())) {
                    if (!row.get(at).isEmpty()) {
                        assertTrue(numbers.contains(row.get(at)), file.getKey() + " " + headings.get(at) + " "
                                + row.get(at) + " not in " + m.group(1) + " " + numbers);
                        followed++;
                    }
                }
            }
        }
        assertTrue(followed >= 3, "the sample's letters and decisions point at each other: " + followed);
        List<String> sent = files.get("Letters sent.csv").get(0);
        for (String points : List.of("Copy of the letter", "Certificate of posting photo")) {
            assertTrue(sent.contains(points + " (number in Documents.csv)"), sent.toString());
        }
        assertTrue(sent.contains("In reply to (number in Letters received.csv)"), sent.toString());
        assertTrue(files.get("Letters received.csv").get(0).contains("In reply to (number in Letters sent.csv)"),
                files.get("Letters received.csv").get(0).toString());
        assertEquals("Number", files.get("Children.csv").get(0).get(0));
    }

    /** Each file of the export, its rows read back as a spreadsheet reads them (the headings first). */
    private Map<String, List<List<String>>> export(boolean collectAndPay) throws Exception {
        return export(collectAndPay, "records");
    }

    private Map<String, List<List<String>>> export(boolean collectAndPay, String folder) throws Exception {
        Path data = temp.resolve(folder);
        List<CsvExport.CaseExport> written;
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 3, 0, collectAndPay).fill();
            written = services.safety.exportCsv(temp.resolve(folder + "-usb"));
        }
        assertEquals(1, written.size());
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        try (var list = Files.list(written.get(0).folder())) {
            for (Path file : list.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF"), file.toString());
                List<List<String>> rows = new ArrayList<>();
                for (CsvRow row : CsvParser.parse(text.substring(1)).rows()) {
                    assertFalse(row.isBroken(), file + " " + row);
                    rows.add(row.fields());
                }
                files.put(file.getFileName().toString(), rows);
            }
        }
        return files;
    }

    /** The columns the records keep as 0 or 1, found in the database's own table definitions. */
    private Map<String, Set<String>> yesNoColumns() throws Exception {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("records").resolve(Database.FILE_NAME));
             ResultSet tables = c.createStatement().executeQuery(
                     "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")) {
            while (tables.next()) {
                Matcher m = YES_NO.matcher(tables.getString(2));
                while (m.find()) {
                    columns.computeIfAbsent(tables.getString(1), t -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
        return columns;
    }
}
