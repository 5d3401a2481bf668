package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * The arrangement as a dated history, on real SQLite files. Worked by hand: £123.45 due on the 1st from January 2026;
 * at 4% the CMS keeps £4.94 of each, so a Collect and Pay due reaches the parent as £118.51, a Direct Pay one whole.
 */
class ArrangementHistoryStoreTest extends WithTheRecords {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);
    private static final PaymentPlan MONTHLY = new PaymentPlan(0, Money.ofPence(123_45), PaymentFrequency.MONTHLY,
            LocalDate.of(2026, 1, 1), "CMS calculation letter");

    @Test
    @DisplayName("Upgrading a file made at V013 backs it up, gives each case one period from the start, and no figure moves")
    void theUpgradeKeepsEveryFigure(@TempDir Path older) throws Exception {
        try (Connection c = connect(older); Statement s = c.createStatement()) {
            for (Migrations.Migration m : Migrations.all()) {
                if (m.version() < 14) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
            }
            s.execute("PRAGMA user_version = 13");
            s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                    + "collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', 'EMPLOYED', 'COLLECT_AND_PAY', "
                    + "'4', '2026-01-01T09:00'), (2, 'Alex Green', 'NOT_KNOWN', 'DIRECT_PAY', '4', "
                    + "'2026-01-02T09:00'), (3, 'Chris Hall', 'NOT_KNOWN', 'PRIVATE', '4', '2026-01-03T09:00')");
            s.execute("INSERT INTO collection_fee (case_id, starts_on, percent, recorded_at) VALUES "
                    + "(1, NULL, '4', 'x'), (2, NULL, '4', 'x'), (3, NULL, '4', 'x')");
            s.execute("UPDATE case_file SET deleted_at = '2026-02-01T09:00' WHERE id = 3");
            for (int caseId = 1; caseId <= 2; caseId++) {
                s.execute("INSERT INTO payment_plan (case_id, amount_pence, frequency, first_due, recorded_at) VALUES ("
                        + caseId + ", 12345, 'MONTHLY', '2026-01-01', '2026-01-01T09:00')");
                s.execute("INSERT INTO payment (case_id, paid_on, amount_pence, method, recorded_at) VALUES ("
                        + caseId + ", '2026-01-05', 11851, 'THROUGH_CMS', 'x'), (" + caseId
                        + ", '2026-02-01', 12345, 'BANK_TRANSFER', 'x')");
            }
        }
        try (Database database = Database.open(older, DatabaseTest.CLOCK)) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            History history = new History(DatabaseTest.CLOCK);
            PaymentStore payments = new PaymentStore(database, history, DatabaseTest.CLOCK);
            CaseStore cases = new CaseStore(database, history, DatabaseTest.CLOCK);
            // Before V014 the fee rule had one flag for the whole case, from case_file.arrangement.
            for (int caseId = 1; caseId <= 2; caseId++) {
                PaymentRecords records = payments.records(caseId);
                FeeRule four = FeeRule.of(new BigDecimal("4"));
                ArrearsSchedule before = records.calculator().calculate(records.plans(), records.payments(),
                        records.adjustments(), JUNE_10, LocalDate.now(DatabaseTest.CLOCK),
                        caseId == 1 ? four : four.notUnderCollectAndPay());
                ArrearsSchedule after = payments.schedule(caseId, JUNE_10);
                assertEquals(before.lines(), after.lines());
                assertEquals(before.owedNow(), after.owedNow());
                assertEquals(before.afterFee(before.owedNow()), after.afterFee(after.owedNow()));
                assertFalse(after.owedNow().isZero(), "the case has figures worth comparing");
            }
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), cases.arrangements(1));
            assertEquals(ArrangementHistory.since(Arrangement.DIRECT_PAY), cases.arrangements(2));
        }
        try (Connection c = connect(older)) {
            assertEquals(List.of("1||COLLECT_AND_PAY|2026-01-01T09:00|", "2||DIRECT_PAY|2026-01-02T09:00|",
                    "3||PRIVATE|2026-01-03T09:00|"), periods(c, "1 = 1"));
        }
        try (Stream<Path> backups = Files.list(older.resolve("backups"))) {
            String upgrade = "before-upgrade-v13-to-v" + Migrations.latestVersion() + "-";
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith(upgrade)),
                    "the file as it was is copied aside before the upgrade");
        }
    }

    @Test
    @DisplayName("Moved to Direct Pay from 1 Apr: January to March keep their fee, April to June have none")
    void aMoveToDirectPayLeavesTheDuesBeforeIt() throws Exception {
        CaseStore cases = records.cases();
        PaymentStore payments = records.payments();
        long caseId = cases.completeSetup(CaseStoreTest.me(), with(CaseStoreTest.aCase(),
                Arrangement.COLLECT_AND_PAY));
        payments.savePlan(caseId, MONTHLY);
        for (int month = 1; month <= 6; month++) {
            payments.savePayment(caseId, month <= 3 ? paid(month, 5, 118_51, PaymentMethod.THROUGH_CMS)
                    : paid(month, 1, 123_45, PaymentMethod.BANK_TRANSFER));
        }
        cases.saveCorrections(CaseStoreTest.me(), with(cases.find(caseId).orElseThrow(), Arrangement.DIRECT_PAY),
                LocalDate.now(DatabaseTest.CLOCK), APRIL_1);

        ArrearsSchedule schedule = payments.schedule(caseId, JUNE_10);
        assertEquals(List.of(494L, 494L, 494L, 0L, 0L, 0L), fees(schedule));
        assertEquals(Money.ofPence(740_70), sum(schedule, ScheduleLine::due));
        assertEquals(Money.ofPence(725_88), sum(schedule, ScheduleLine::expected), "£740.70 less 3 x £4.94");
        assertEquals(Money.ZERO, schedule.owedNow());
        assertFalse(schedule.feeApplies());
        assertTrue(payments.schedule(caseId, LocalDate.of(2026, 3, 10)).feeApplies());
        // The letters and the rest of the app read the arrangement in force today.
        assertEquals(Arrangement.DIRECT_PAY, cases.find(caseId).orElseThrow().arrangement());
        assertEquals(Arrangement.COLLECT_AND_PAY, cases.arrangements(caseId).on(APRIL_1.minusDays(1)));
        try (Connection c = connect(folder)) {
            assertEquals(List.of(caseId + "||COLLECT_AND_PAY|2026-11-22T10:15|",
                    caseId + "|2026-04-01|DIRECT_PAY|2026-11-22T10:15|"), periods(c, "case_id = " + caseId));
            assertEquals(List.of("COLLECT_AND_PAY"), rows(c, "SELECT earlier_version FROM amendment WHERE "
                    + "record_table = 'case_file'").stream().map(v -> v.replaceAll("(?s).*arrangement=(\\w+).*",
                    "$1")).toList(), "the case's earlier version is kept");
        }
    }

    @Test
    @DisplayName("Moved to Collect and Pay from 1 Apr, then taken back: nothing entered is lost")
    void aMoveToCollectAndPayAndTakingItBack() throws Exception {
        CaseStore cases = records.cases();
        PaymentStore payments = records.payments();
        long caseId = cases.completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
        payments.savePlan(caseId, MONTHLY);
        payments.savePayment(caseId, paid(1, 1, 123_45, PaymentMethod.BANK_TRANSFER));
        payments.savePayment(caseId, paid(2, 1, 123_45, PaymentMethod.BANK_TRANSFER));
        for (int month = 4; month <= 6; month++) {
            payments.savePayment(caseId, paid(month, 5, 118_51, PaymentMethod.THROUGH_CMS));
        }
        CaseFile directPay = cases.find(caseId).orElseThrow();
        cases.update(with(directPay, Arrangement.COLLECT_AND_PAY), LocalDate.now(DatabaseTest.CLOCK), APRIL_1);

        ArrearsSchedule schedule = payments.schedule(caseId, JUNE_10);
        assertEquals(List.of(0L, 0L, 0L, 494L, 494L, 494L), fees(schedule));
        assertEquals(Money.ofPence(725_88), sum(schedule, ScheduleLine::expected));
        assertEquals(Money.ofPence(123_45), schedule.owedNow(), "March, missed under Direct Pay");
        // Still owed now the case is under Collect and Pay, it would be collected by the CMS, less its 4%: the
        // fee follows collection, not the arrangement of the due's day (FeeRule's class comment).
        assertEquals(Money.ofPence(118_51), schedule.afterFee(schedule.owedNow()), "March's due, collected now");
        assertEquals(Money.ofPence(123_45), schedule.owedOnPassedDuesCollectedFromOtherDays());

        // Taken back (as Undo does): the same day again with the arrangement before it.
        cases.update(directPay, LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
        assertEquals(ArrangementHistory.since(Arrangement.DIRECT_PAY), cases.arrangements(caseId));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), fees(payments.schedule(caseId, JUNE_10)));
        // Recorded again, then corrected to a private arrangement for that day: each earlier version kept.
        cases.update(with(directPay, Arrangement.COLLECT_AND_PAY), LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
        cases.update(with(directPay, Arrangement.PRIVATE), LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
        assertEquals(Arrangement.PRIVATE, cases.find(caseId).orElseThrow().arrangement());
        try (Connection c = connect(folder)) {
            assertEquals(List.of(caseId + "||DIRECT_PAY|2026-11-22T10:15|",
                    caseId + "|2026-04-01|COLLECT_AND_PAY|2026-11-22T10:15|2026-11-22T10:15",
                    caseId + "|2026-04-01|PRIVATE|2026-11-22T10:15|"), periods(c, "case_id = " + caseId));
            assertEquals(List.of("COLLECT_AND_PAY", "COLLECT_AND_PAY"), rows(c, "SELECT earlier_version FROM "
                    + "amendment WHERE record_table = 'arrangement_period' ORDER BY id").stream()
                    .map(v -> v.replaceAll("(?s).*arrangement=(\\w+).*", "$1")).toList());
        }
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }

    private static Payment paid(int month, int day, long pence, PaymentMethod method) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence), method, "", "");
    }

    private static List<Long> fees(ArrearsSchedule schedule) {
        return schedule.lines().stream().map(line -> line.fee().pence()).toList();
    }

    private static Money sum(ArrearsSchedule schedule, java.util.function.Function<ScheduleLine, Money> figure) {
        return schedule.lines().stream().map(figure).reduce(Money.ZERO, Money::plus);
    }

    private static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
    }

    private static List<String> periods(Connection c, String where) throws SQLException {
        return rows(c, "SELECT case_id || '|' || ifnull(starts_on, '') || '|' || arrangement || '|' || recorded_at "
                + "|| '|' || ifnull(deleted_at, '') FROM arrangement_period WHERE " + where + " ORDER BY id");
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
