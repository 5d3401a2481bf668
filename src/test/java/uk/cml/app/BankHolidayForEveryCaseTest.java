package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.testing.TestParents;
import uk.cml.ui.settings.BankHolidaysModel;

/**
 * A bank holiday is the country's, not one case's: a day added while one case is open is counted in every case's
 * dates, and Settings lists it whichever case is open, where it can be removed; the Bin of any case lists it and puts
 * it back, with its history kept; and every case's spreadsheet export lists it. Real records in a temporary folder,
 * with two cases, as the app opens them.
 */
@DisplayName("A bank holiday added under one case is the app's, shown and removable under any case")
class BankHolidayForEveryCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneId.of("Europe/London"));
    /** Wed 18 Nov 2026: as if an extra bank holiday were proclaimed for it. */
    private static final LocalDate EXTRA = LocalDate.of(2026, 11, 18);

    @TempDir
    Path folder;

    @Test
    @DisplayName("added under case A: case B's Settings lists it and removes it, B's Bin puts it back, both count it")
    void oneDayForEveryCase() throws Exception {
        try (AppServices services = AppServices.open(folder.resolve("data"), CLOCK)) {
            long a = services.cases.completeSetup(TestParents.samTaylor(),
                    aCase("Jordan Reed", "Mia"));
            long b = services.cases.create(aCase("Alex Morgan", "Noah"));
            for (long caseId : List.of(a, b)) {
                services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(5000), PaymentFrequency.WEEKLY,
                        EXTRA, "CMS letter"));
                services.payments.savePayment(caseId, new Payment(0, EXTRA.plusDays(1), Money.ofPence(5000),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }

            long id = services.bankHolidays.add(new AddedBankHoliday(0, a, EXTRA, "Royal event"));
            services.bankHolidays.correct(new AddedBankHoliday(id, a, EXTRA, "Royal event bank holiday"));

            // Counted in both cases' dues.
            assertEquals(LineStatus.PAID, dueOnTheDay(services, a).status());
            assertEquals(LineStatus.PAID, dueOnTheDay(services, b).status());

            // Case B open: Settings lists the day as the parent's, with its Remove.
            BankHolidaysModel.Row row = settingsRow(services);
            assertEquals(id, row.addedId(), "listed as added by the parent, so it can be removed, with B open");
            assertEquals("Royal event bank holiday", row.name());

            // Removed with B open: into the Bin, and no longer counted anywhere.
            services.bankHolidays.moveToBin(row.addedId());
            assertTrue(services.calendar.isWorkingDay(EXTRA));
            assertEquals(LineStatus.PAID_LATE, dueOnTheDay(services, a).status());
            assertFalse(settingsRow(services).added());

            // The Bin lists it whichever case is open, and puts it back from B's.
            List<BinnedItem> inA = services.bankHolidays.binned(a);
            List<BinnedItem> inB = services.bankHolidays.binned(b);
            assertEquals(1, inA.size(), "A's Bin: " + inA);
            assertEquals(inA, inB, "B's Bin lists the same day");
            assertEquals(EXTRA, inB.get(0).happenedOn());
            services.bankHolidays.restore(inB.get(0).sourceId());
            assertFalse(services.calendar.isWorkingDay(EXTRA));
            assertEquals(LineStatus.PAID, dueOnTheDay(services, b).status());
            assertEquals(id, settingsRow(services).addedId());
            assertEquals(List.of(), services.bankHolidays.binned(b));
            // Nothing lost: the correction's earlier version is still kept.
            assertEquals("Royal event", services.bankHolidays.history(id).get(0).earlier().name());

            // Each case's spreadsheet export lists the days the app counts for it.
            for (long caseId : List.of(a, b)) {
                Path out = folder.resolve("export-" + caseId);
                services.safety.csvExport().exportCase(caseId, out);
                String csv = Files.readString(out.resolve("Bank holidays you added.csv"), StandardCharsets.UTF_8);
                assertTrue(csv.contains("18/11/2026,Royal event bank holiday"), "case " + caseId + ": " + csv);
            }
        }
    }

    @Test
    @DisplayName("with no case open, Settings still lists the added days and each can be removed")
    void listedWithNoCaseOpen() {
        try (AppServices services = AppServices.open(folder.resolve("data"), CLOCK)) {
            long a = services.cases.completeSetup(TestParents.samTaylor(),
                    aCase("Jordan Reed", "Mia"));
            long id = services.bankHolidays.add(new AddedBankHoliday(0, a, EXTRA, "Royal event"));
            assertEquals(List.of(new AddedBankHoliday(id, a, EXTRA, "Royal event")), services.bankHolidays.holidays());
        }
    }

    private static BankHolidaysModel.Row settingsRow(AppServices services) {
        return BankHolidaysModel.rows(services.calendar, services.bankHolidays.holidays(), LocalDate.now(CLOCK))
                .stream().filter(r -> r.date().equals(EXTRA)).findFirst()
                .orElseGet(() -> new BankHolidaysModel.Row(EXTRA, "", "", 0));
    }

    private static ScheduleLine dueOnTheDay(AppServices services, long caseId) {
        return services.payments.schedule(caseId, EXTRA.plusDays(2)).lines().get(0);
    }

    private static CaseFile aCase(String otherParent, String child) {
        return new CaseFile(0, otherParent, Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.empty(), List.of(new Child(0, child, LocalDate.of(2015, 3, 14))), new BigDecimal("4"));
    }
}
