package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.TimeLimit;

/**
 * V037 (reviewer rv9): the working days the CMS may take to pass on a Collect and Pay payment before it counts as
 * late are a row of the facts table, 5 as the app's own suggestion, added to an older records file (copied aside
 * first) and held by new records; the case's schedule as the store works it out counts with the row as it stands,
 * so a figure corrected on Settings (0: the dates entered are the days the money reaches the parent) counts at once.
 * Real SQLite.
 */
class CollectAndPayPassOnFactTest extends WithTheRecords {

    @TempDir
    Path older;

    private static final String KEY = "collect_and_pay.pass_on.working_days";

    private static CmsFact row(Database database) {
        return StandingStore.facts(database).all().stream().filter(f -> f.key().equals(KEY)).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("a V035 records file gains the row, 5, after a backup, with its source saying it is a suggestion")
    void anOlderFileGainsTheRow() throws Exception {
        OlderRecordsFile.makeAt(older, 35, s -> { });
        try (Database database = OlderRecordsFile.openUpgraded(older, 35)) {
            CmsFact fact = row(database);
            assertEquals("5", fact.value());
            assertEquals(true, fact.source().startsWith("The app's own suggestion"), fact.source());
            assertEquals(5, StandingStore.facts(database).number(TimeLimit.COLLECT_AND_PAY_PASS_ON));
        }
    }

    @Test
    @DisplayName("new records hold it; the store's schedule counts with it, and with a correction to 0 at once")
    void theScheduleCountsWithTheRowAsItStands() {
        CaseStore cases = records.cases();
        PaymentStore payments = records.payments();
        CaseFile k = CaseStoreTest.aCase();
        long caseId = cases.completeSetup(CaseStoreTest.me(), new CaseFile(k.id(), k.otherParentName(),
                k.otherParentAddress(), k.otherParentWork(), Arrangement.COLLECT_AND_PAY, k.cmsReference(),
                k.children(), new BigDecimal("4")));
        // £50.00 a week from Mon 7 Sep 2026; the CMS passes on £48.00 (after its 4% fee) on Wed 9 Sep.
        payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 9, 9), Money.ofPence(48_00),
                PaymentMethod.THROUGH_CMS, "", ""));
        LocalDate asOf = LocalDate.of(2026, 9, 10);
        assertEquals(LineStatus.PAID, payments.schedule(caseId, asOf).lines().get(0).status());
        assertEquals(LineStatus.PAID, payments.records(caseId).schedule(asOf).lines().get(0).status());

        records.standing().correctFact(KEY, "0", "My CMS payment plan gives the days the money reaches me",
                Optional.of(LocalDate.of(2026, 9, 10)));
        assertEquals(List.of(LineStatus.PAID_LATE, 2L), List.of(payments.schedule(caseId, asOf).lines().get(0)
                .status(), payments.schedule(caseId, asOf).lines().get(0).daysLate()));
    }
}
