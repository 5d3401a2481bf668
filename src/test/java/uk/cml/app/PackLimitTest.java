package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLimitTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("export-pack refuses a period with more entries than one PDF can sensibly hold, with a message "
            + "(it used to die with an OutOfMemoryError stack trace)")
    void tooLargeAPeriod() {
        Path data = temp.resolve("data");
        SampleFolders.fill(data);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            long caseId = services.cases.cases().get(0).id();
            services.database.inTransaction(c -> {
                try (var s = c.prepareStatement("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                        + "WHERE i < ?) INSERT INTO payment (case_id, paid_on, amount_pence, method, recorded_at) "
                        + "SELECT ?, date('2024-01-01', '+' || (i % 700) || ' days'), 100, 'BANK_TRANSFER', "
                        + "'2026-11-01T10:00' FROM n")) {
                    s.setLong(1, PackCommand.MAX_ENTRIES + 1);
                    s.setLong(2, caseId);
                    return s.executeUpdate();
                }
            });
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(said, true, StandardCharsets.UTF_8);
        Path pack = temp.resolve("pack.pdf");
        int exit = Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), both, both);
        String text = said.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, text);
        assertTrue(text.contains("too many for one PDF") && text.contains("--from and --until"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(Files.exists(pack));
    }
}
