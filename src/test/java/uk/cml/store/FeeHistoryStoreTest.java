package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;

/** The Collect and Pay fee as a dated history, on real SQLite files. */
class FeeHistoryStoreTest extends WithTheRecords {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final PaymentPlan MONTHLY_100 = new PaymentPlan(0, Money.ofPence(100_00), PaymentFrequency.MONTHLY,
            LocalDate.of(2026, 1, 1), "CMS calculation letter");

    @Test
    @DisplayName("Upgrading a file made at V011 carries each case's rate over and gives the figures it gave before")
    void theUpgradeKeepsEveryFigure(@TempDir Path older) throws Exception {
        try (Connection c = connect(older); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.all()) {
                if (m.version() < 12) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
            }
            s.execute("PRAGMA user_version = 11");
            s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                    + "collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', 'EMPLOYED', 'COLLECT_AND_PAY', "
                    + "'3.5', '2026-01-01T09:00'), (2, 'Alex Green', 'NOT_KNOWN', 'DIRECT_PAY', '4', "
                    + "'2026-01-01T09:00'), (3, 'Chris Hall', 'NOT_KNOWN', 'COLLECT_AND_PAY', '2', '2026-01-01T09:00')");
            s.execute("INSERT INTO payment (case_id, paid_on, amount_pence, method, recorded_at) VALUES "
                    + "(1, '2026-01-06', 4170, 'THROUGH_CMS', 'x'), (1, '2026-02-03', 8340, 'THROUGH_CMS', 'x')");
            s.execute("UPDATE case_file SET deleted_at = '2026-02-01T09:00' WHERE id = 3");
            for (int caseId = 1; caseId <= 2; caseId++) {
                s.execute("INSERT INTO payment_plan (case_id, amount_pence, frequency, first_due, recorded_at) VALUES ("
                        + caseId + ", 4321, 'WEEKLY', '2026-01-05', '2026-01-01T09:00')");
                s.execute("INSERT INTO payment (case_id, paid_on, amount_pence, method, recorded_at) VALUES ("
                        + caseId + ", '2026-01-20', 4321, 'BANK_TRANSFER', 'x')");
                s.execute("INSERT INTO adjustment (case_id, made_on, kind, amount_pence, recorded_at, fee_basis) "
                        + "VALUES (" + caseId + ", '2026-02-10', 'CMS_CONFIRMED_FIGURE', 4000, 'x', 'AFTER_FEE')");
            }
        }
        try (Database database = Database.open(older, DatabaseTest.CLOCK)) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            History history = new History(DatabaseTest.CLOCK);
            PaymentStore payments = new PaymentStore(database, history, DatabaseTest.CLOCK);
            CaseStore cases = new CaseStore(database, history, DatabaseTest.CLOCK);
            LocalDate asOf = LocalDate.of(2026, 2, 16);
            // Before V012 the case's one rate was FeeRule.of(rate) under Collect and Pay: the figures must not move.
            PaymentRecords records = payments.records(1);
            ArrearsSchedule before = records.calculator().calculate(records.plans(), records.payments(),
                    records.adjustments(), asOf, LocalDate.now(DatabaseTest.CLOCK), FeeRule.of(new BigDecimal("3.5")));
            ArrearsSchedule after = payments.schedule(1, asOf);
            assertEquals(before.lines(), after.lines());
            assertEquals(before.owedNow(), after.owedNow());
            assertEquals(before.cmsDifferences(), after.cmsDifferences());
            assertEquals(before.afterFee(before.owedNow()), after.afterFee(after.owedNow()));
            assertEquals(0, new BigDecimal("3.5").compareTo(cases.find(1).orElseThrow().collectionFeePercent()));
            // A Direct Pay case had no fee (FeeRule.NONE) and still has none on its dues.
            PaymentRecords direct = payments.records(2);
            ArrearsSchedule directBefore = new ArrearsCalculator().calculate(direct.plans(), direct.payments(),
                    direct.adjustments(), asOf, LocalDate.now(DatabaseTest.CLOCK), FeeRule.NONE);
            ArrearsSchedule directAfter = payments.schedule(2, asOf);
            assertEquals(directBefore.lines(), directAfter.lines());
            assertEquals(directBefore.owedNow(), directAfter.owedNow());
            assertEquals(directBefore.cmsDifferences(), directAfter.cmsDifferences());
            assertFalse(directAfter.feeApplies());
            assertTrue(after.feeApplies());
            assertFalse(before.owedNow().isZero(), "the case has figures worth comparing");
        }
        try (Connection c = connect(older)) {
            assertEquals(List.of("1||3.5|2026-01-01T09:00", "2||4|2026-01-01T09:00", "3||2|2026-01-01T09:00"),
                    rows(c, "SELECT case_id || '|' || ifnull(starts_on, '') || '|' || percent || '|' || recorded_at "
                            + "FROM collection_fee ORDER BY case_id"));
        }
    }

    @Test
    @DisplayName("A cut to 2% from 1 Mar leaves January and February at 4%: nothing owed, no credit")
    void aRateChangeFromADate() {
        CaseStore cases = records.cases();
        PaymentStore payments = records.payments();
        long caseId = cases.completeSetup(CaseStoreTest.me(), collectAndPay(new BigDecimal("4")));
        payments.savePlan(caseId, MONTHLY_100);
        payments.savePayment(caseId, viaCms(1, 96_00));
        payments.savePayment(caseId, viaCms(2, 96_00));
        payments.savePayment(caseId, viaCms(3, 98_00));
        CaseFile now = cases.find(caseId).orElseThrow();
        cases.update(withFee(now, new BigDecimal("2")), LocalDate.of(2026, 3, 1));

        ArrearsSchedule schedule = payments.schedule(caseId, MARCH_10);
        assertEquals(Money.ZERO, schedule.owedNow());
        assertTrue(schedule.lines().stream().allMatch(line -> line.shortBy().isZero()));
        assertEquals(0, new BigDecimal("2").compareTo(cases.find(caseId).orElseThrow().collectionFeePercent()));
        FeeRule fee = cases.fee(caseId);
        assertEquals(new BigDecimal("4"), fee.rateOn(LocalDate.of(2026, 2, 28)));
        assertEquals(new BigDecimal("2"), fee.rateOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    @DisplayName("Moving to Direct Pay: payments that came through the CMS still count as what it collected")
    void switchingToDirectPayMakesNoArrears() {
        CaseStore cases = records.cases();
        PaymentStore payments = records.payments();
        long caseId = cases.completeSetup(CaseStoreTest.me(), collectAndPay(new BigDecimal("4")));
        payments.savePlan(caseId, MONTHLY_100);
        payments.savePayment(caseId, viaCms(1, 96_00));
        payments.savePayment(caseId, viaCms(2, 96_00));
        payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 3, 1), Money.ofPence(100_00),
                PaymentMethod.BANK_TRANSFER, "", ""));
        assertEquals(Money.ZERO, payments.schedule(caseId, MARCH_10).owedNow());
        CaseFile now = cases.find(caseId).orElseThrow();
        cases.update(new CaseFile(caseId, now.otherParentName(), now.otherParentAddress(), now.otherParentWork(),
                Arrangement.DIRECT_PAY, now.cmsReference(), now.children(), now.collectionFeePercent()),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));

        ArrearsSchedule schedule = payments.schedule(caseId, MARCH_10);
        assertEquals(Money.ZERO, schedule.owedNow(), "no phantom £4 for each payment through the CMS");
        assertFalse(schedule.feeApplies());
        assertEquals(List.of(Money.ofPence(4_00), Money.ofPence(4_00), Money.ZERO),
                schedule.lines().stream().map(line -> line.fee()).toList(), "dues before the move keep their fee");
        assertTrue(schedule.lines().stream().allMatch(line -> line.shortBy().isZero()));
    }

    @Test
    @DisplayName("A rate corrected for the same date keeps its earlier version; nothing entered is lost")
    void aCorrectionKeepsTheEarlierRate() throws Exception {
        CaseStore cases = records.cases();
        long caseId = cases.completeSetup(CaseStoreTest.me(), collectAndPay(new BigDecimal("4")));
        LocalDate april = LocalDate.of(2027, 4, 1);
        cases.update(withFee(cases.find(caseId).orElseThrow(), new BigDecimal("2")), april);
        cases.update(withFee(cases.find(caseId).orElseThrow(), new BigDecimal("2.5")), april);
        cases.update(withFee(cases.find(caseId).orElseThrow(), new BigDecimal("2.5")), april);
        // Saved without a date (as other screens do): a new rate applies from today by the clock.
        cases.update(withFee(cases.find(caseId).orElseThrow(), new BigDecimal("3")));
        try (Connection c = connect(folder)) {
            assertEquals(List.of("|4", "2026-11-22|3", "2027-04-01|2.5"), rows(c, "SELECT ifnull(starts_on, '') "
                    + "|| '|' || percent FROM collection_fee WHERE case_id = " + caseId + " ORDER BY starts_on"));
            assertEquals(List.of("2"), rows(c, "SELECT earlier_version FROM amendment WHERE record_table = "
                    + "'collection_fee'").stream().map(v -> v.replaceAll("(?s).*percent=([0-9.]+).*", "$1"))
                    .toList());
        }
    }

    private static CaseFile collectAndPay(BigDecimal percent) {
        return withFee(CaseStoreTest.aCase(), percent, Arrangement.COLLECT_AND_PAY);
    }

    private static CaseFile withFee(CaseFile k, BigDecimal percent) {
        return withFee(k, percent, k.arrangement());
    }

    private static CaseFile withFee(CaseFile k, BigDecimal percent, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), percent);
    }

    private static Payment viaCms(int month, long pence) {
        return new Payment(0, LocalDate.of(2026, month, 5), Money.ofPence(pence), PaymentMethod.THROUGH_CMS, "", "");
    }

    private static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
