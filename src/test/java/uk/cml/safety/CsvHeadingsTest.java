package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The export's one map of file names and headings (messages.properties, csv.*) covers every log and column of the
 * records as the upgrades leave them, and holds nothing for a table or column that is not there. A column added
 * later without words fails here, so no heading made from a column's name ("Sha256") reaches a parent again.
 */
class CsvHeadingsTest {

    private static final Path BUNDLE = Path.of("src/main/resources/uk/cml/messages.properties");

    @TempDir
    Path temp;

    @Test
    @DisplayName("Every log of a case has a file name and every column a heading in messages.properties")
    void everyColumnHasWords() throws Exception {
        try (Records records = Records.withCase(temp.resolve("data"))) {
            List<String> missing = records.database.read(CsvHeadings::missing);
            assertEquals(List.of(), missing, "add csv.file.TABLE or csv.column.TABLE.COLUMN to messages.properties");
        }
    }

    @Test
    @DisplayName("A column added without a heading is found (and still exported, under its own name)")
    void aNewColumnWithoutWordsIsFound() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> c.createStatement().executeUpdate(
                    "ALTER TABLE payment ADD COLUMN bank_sort_code TEXT"));
            records.database.inTransaction(c -> c.createStatement().executeUpdate(
                    "CREATE TABLE school_fee (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, paid_on TEXT)"));
            assertEquals(List.of("payment.bank_sort_code", "csv.file.school_fee", "school_fee.paid_on"),
                    records.database.read(CsvHeadings::missing));
            records.safety.csvExport().exportCase(1, out);
        }
        String headings = Files.readAllLines(out.resolve("Payments.csv"), StandardCharsets.UTF_8).get(0);
        assertTrue(headings.endsWith(",Bank sort code"), headings);
        assertTrue(Files.exists(out.resolve("School fee.csv")));
    }

    @Test
    @DisplayName("Every file name and heading in messages.properties is for a table and column the records have")
    void noWordsForWhatIsNotThere() throws Exception {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            words.load(in);
        }
        Set<String> there = new HashSet<>(Set.of(CsvHeadings.COLUMN + "id", CsvHeadings.COLUMN + "recorded_at"));
        there.addAll(CsvHeadings.workedOut());
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.read(c -> {
                for (TableShape shape : TableShape.userTables(c)) {
                    if (CsvHeadings.isLog(shape)) {
                        there.add(CsvHeadings.FILE + shape.name());
                        CsvHeadings.columns(shape).forEach(col -> there.add(CsvHeadings.COLUMN + shape.name() + "." + col));
                    }
                }
                return null;
            });
        }
        List<String> stale = new ArrayList<>();
        for (String key : words.stringPropertyNames()) {
            if (key.startsWith("csv.") && !there.contains(key)) {
                stale.add(key);
            }
        }
        assertEquals(List.of(), stale, "words for a table or column the export does not write");
    }

    @Test
    @DisplayName("What the export works out has its words too: the arrears schedule's file and every heading, and the "
            + "plan's days")
    void workedOutHasWords() {
        assertEquals(List.of("csv.file.arrears_schedule", "csv.column.arrears_schedule.date",
                "csv.column.arrears_schedule.description", "csv.column.arrears_schedule.due",
                "csv.column.arrears_schedule.arrived_in_period", "csv.column.arrears_schedule.what_arrived",
                "csv.column.arrears_schedule.counted", "csv.column.arrears_schedule.cleared",
                "csv.column.arrears_schedule.short_by", "csv.column.arrears_schedule.balance",
                "csv.column.arrears_schedule.status", "csv.column.arrears_schedule.notes",
                "csv.column.payment_plan.falls_due"), CsvHeadings.workedOut());
        List<String> missing = CsvHeadings.workedOut().stream().filter(key -> !uk.cml.domain.Words.has(key)).toList();
        assertEquals(List.of(), missing, "add them to messages.properties");
        assertEquals("Arrears schedule.csv", CsvHeadings.fileName("arrears_schedule"));
        assertEquals("Cleared without payment (£)",
                CsvHeadings.heading("arrears_schedule", "cleared", java.util.Map.of()), "says what would go in it");
    }

    @ParameterizedTest(name = "{0}.{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "payment|id|Number",
        "payment|amount_pence|Amount received (£)",
        "letter_sent|certificate_document_id|Certificate of posting photo",
        "bank_payment|paid_on|Paid on",
        "bank_payment|amount_pence|Amount (£)"})
    void headings(String table, String column, String heading) {
        assertEquals(heading, CsvHeadings.heading(table, column, java.util.Map.of()));
    }
}
