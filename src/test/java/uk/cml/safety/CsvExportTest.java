package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("Each log of the case becomes a CSV file a spreadsheet reads: BOM, headings, pounds, UK dates")
    void exportsEachLog() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withLaterTables(temp.resolve("data"))) {
            records.addPayment("2025-05-03", -250, "=HYPERLINK(\"x\"), \"quoted\"", "2025-05-03T10:00");
            records.database.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE bank_payment SET deleted_at = '2025-06-01T09:00' WHERE id = 2"));
            List<Path> files = records.safety.csvExport().exportCase(1, out);
            List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
            assertTrue(names.containsAll(List.of("Case.csv", "Child.csv", "Evidence file.csv", "Bank payment.csv")),
                    names.toString());
            assertFalse(names.contains("Address book.csv"), "only logs of the case");
        }
        byte[] bytes = Files.readAllBytes(out.resolve("Bank payment.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals(List.of(
                "Number,Paid on,Amount (£),Note,Recorded at",
                "1,03/03/2025,123.45,Paid by bank transfer,03/03/2025 18:20",
                "3,03/05/2025,-2.50,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",03/05/2025 10:00"), lines,
                "the payment in the bin (number 2) is left out; the formula cannot run");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"id, Number", "paid_on, Paid on", "amount_pence, Amount (£)", "other_parent_name, Other parent name"})
    void headings(String column, String heading) {
        assertEquals(heading, CsvValues.heading(column));
    }
}
