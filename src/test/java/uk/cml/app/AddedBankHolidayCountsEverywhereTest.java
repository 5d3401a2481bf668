package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A bank holiday the parent adds in Settings is counted by the one calendar the app was started with, for the
 * payments' schedule (its dues' on-time day) and for deadlines alike: wired by constructor from start-up, with no
 * calendar of its own anywhere. Real records in a temporary folder.
 */
@DisplayName("A bank holiday added in Settings counts everywhere")
class AddedBankHolidayCountsEverywhereTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneId.of("Europe/London"));
    /** Wed 18 Nov 2026: as if an extra bank holiday were proclaimed for it. */
    private static final LocalDate EXTRA = LocalDate.of(2026, 11, 18);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a due on the added day paid the next day is on time; the Payments schedule and the calendar agree")
    void addedDayCounts() {
        try (AppServices services = AppServices.open(folder.resolve("data"), CLOCK)) {
            long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().build());
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(5000), PaymentFrequency.WEEKLY,
                    EXTRA, "CMS letter"));
            services.payments.savePayment(caseId, new Payment(0, EXTRA.plusDays(1), Money.ofPence(5000),
                    PaymentMethod.BANK_TRANSFER, "", ""));
            assertEquals(LineStatus.PAID_LATE, services.payments.schedule(caseId, EXTRA.plusDays(2)).lines().get(0)
                    .status());

            services.bankHolidays.add(new uk.cml.domain.calendar.AddedBankHoliday(0, caseId, EXTRA, "Royal event"));

            assertFalse(services.calendar.isWorkingDay(EXTRA));
            uk.cml.domain.arrears.ScheduleLine line = services.payments.schedule(caseId, EXTRA.plusDays(2)).lines()
                    .get(0);
            assertEquals(EXTRA.plusDays(1), line.onTimeBy());
            assertEquals(LineStatus.PAID, line.status());
            assertEquals("Paid (due on Royal event, a bank holiday; on time by the next working day, 19 Nov 2026)",
                    uk.cml.domain.arrears.DayOffWords.status(line));
        }
    }
}
