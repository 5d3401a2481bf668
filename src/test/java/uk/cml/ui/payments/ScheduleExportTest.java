package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * The Payments page's "Save as a spreadsheet": the headings say what each column holds ("Cleared without
 * payment", not a bare "Cleared" of 0.00s), and a totals line says what is owed now, as the page does.
 */
class ScheduleExportTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("The saved schedule has its headings in words and a totals line with what is owed now")
    void headingsAndTotals() throws Exception {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(1, Money.ofPence(5_000), PaymentFrequency.WEEKLY, LocalDate.of(2026, 1, 5),
                        "CMS letter")),
                List.of(new Payment(1, LocalDate.of(2026, 1, 5), Money.ofPence(5_000), PaymentMethod.BANK_TRANSFER,
                        "", "")),
                List.of(), LocalDate.of(2026, 1, 20), FeeRule.NONE);
        Path file = temp.resolve("Arrears schedule.csv");
        ScheduleExport.write(schedule, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "Excel reads the £ signs");
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertEquals("Date due,Description,Due (£),Arrived in its period (£),What arrived,Paid towards it (£),"
                + "Cleared without payment (£),Still owed on it (£),Owed before next due (£),Status,Notes", lines.get(0));
        assertEquals(5, lines.size(), "three dues and the totals: " + lines);
        assertEquals("Totals,Every due up to 20 Jan 2026,150.00,50.00,,50.00,0.00,100.00,100.00,Owed now,",
                lines.get(4));
    }
}
