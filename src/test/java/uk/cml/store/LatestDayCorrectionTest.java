package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * Correcting the first day of the latest move and of the latest Collect and Pay rate, on a real SQLite file. Worked
 * by hand: £123.45 due on the 1st from January 2026 under Collect and Pay; at 4% the CMS keeps £4.94 of each due, at
 * 2% £2.47 (half up from £2.469); under Direct Pay nothing.
 */
class LatestDayCorrectionTest extends WithTheRecords {

    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);

    @Test
    @DisplayName("A move typed as 1 Apr corrected to 1 Mar: March loses its fee, the earlier day is kept as history")
    void theLatestMoveCanStartEarlierOrLater() throws Exception {
        Stores s = new Stores(records);
        long caseId = s.collectAndPayCase();
        s.cases.saveCorrections(CaseStoreTest.me(), with(s.cases.find(caseId).orElseThrow(),
                Arrangement.DIRECT_PAY), s.today, LocalDate.of(2026, 4, 1));
        assertEquals(List.of(494L, 494L, 494L, 0L, 0L, 0L), s.fees(caseId));

        s.correct(caseId, CorrectedDays.move(LocalDate.of(2026, 3, 1)));
        assertEquals(List.of(494L, 494L, 0L, 0L, 0L, 0L), s.fees(caseId));
        assertEquals("CMS Collect and Pay until 28 Feb 2026, then CMS Direct Pay from 1 Mar 2026",
                s.cases.arrangements(caseId).describe());
        assertEquals(Arrangement.DIRECT_PAY, s.cases.find(caseId).orElseThrow().arrangement());

        // Later than first typed is a correction too; the same day again writes nothing.
        s.correct(caseId, CorrectedDays.move(LocalDate.of(2026, 5, 1)));
        s.correct(caseId, CorrectedDays.move(LocalDate.of(2026, 5, 1)));
        assertEquals(List.of(494L, 494L, 494L, 494L, 0L, 0L), s.fees(caseId));
        try (Connection c = connect()) {
            assertEquals(List.of("|COLLECT_AND_PAY", "2026-05-01|DIRECT_PAY"), rows(c, "SELECT ifnull(starts_on, "
                    + "'') || '|' || arrangement FROM arrangement_period WHERE case_id = " + caseId
                    + " AND deleted_at IS NULL ORDER BY id"));
            assertEquals(List.of("2026-04-01", "2026-03-01"), startsOnKept(c, "arrangement_period"),
                    "each day the move had is kept");
        }
    }

    @Test
    @DisplayName("A day not after the change before the move, or a case that never moved, is refused and nothing is saved")
    void aDayBeforeTheChangeBeforeItIsRefused() {
        Stores s = new Stores(records);
        long caseId = s.collectAndPayCase();
        assertThrows(IllegalArgumentException.class, () -> s.correct(caseId,
                CorrectedDays.move(LocalDate.of(2026, 3, 1))), "no move to correct");
        CaseFile collectAndPay = s.cases.find(caseId).orElseThrow();
        s.cases.saveCorrections(CaseStoreTest.me(), with(collectAndPay, Arrangement.DIRECT_PAY), s.today,
                LocalDate.of(2026, 2, 1));
        s.cases.saveCorrections(CaseStoreTest.me(), collectAndPay, s.today, LocalDate.of(2026, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> s.correct(caseId,
                CorrectedDays.move(LocalDate.of(2026, 2, 1))), "the day of the move before it");
        assertEquals("CMS Collect and Pay until 31 Jan 2026, CMS Direct Pay until 31 May 2026, then CMS Collect "
                + "and Pay from 1 Jun 2026", s.cases.arrangements(caseId).describe(), "nothing saved");
        s.correct(caseId, CorrectedDays.move(LocalDate.of(2026, 2, 2)));
        assertEquals("CMS Collect and Pay until 31 Jan 2026, CMS Direct Pay until 1 Feb 2026, then CMS Collect "
                + "and Pay from 2 Feb 2026", s.cases.arrangements(caseId).describe());
    }

    @Test
    @DisplayName("2% typed as from 1 Apr corrected to 1 Mar: March's fee is £2.47, a repeat of the rate is taken back")
    void theLatestRateCanStartOnAnotherDay() throws Exception {
        Stores s = new Stores(records);
        long caseId = s.collectAndPayCase();
        assertThrows(IllegalArgumentException.class, () -> s.correct(caseId,
                CorrectedDays.rate(LocalDate.of(2026, 3, 1))), "one rate from the start: nothing to correct");
        s.cases.update(withFee(s.cases.find(caseId).orElseThrow(), "2"), LocalDate.of(2026, 4, 1));
        // 3% from 1 May, then that day's rate set back to 2%: the row is taken back (kept in its history).
        s.cases.update(withFee(s.cases.find(caseId).orElseThrow(), "3"), LocalDate.of(2026, 5, 1));
        s.cases.update(withFee(s.cases.find(caseId).orElseThrow(), "2"), LocalDate.of(2026, 5, 1));
        // Records saved before that was so hold a row that repeats 2% from 1 May in its place.
        records.database.inTransaction(c -> {
            DatedRows.FEES.insert(c, caseId, java.util.Optional.of(LocalDate.of(2026, 5, 1)), "2",
                    java.time.LocalDateTime.now(DatabaseTest.CLOCK).toString());
            return null;
        });
        assertEquals(List.of(494L, 494L, 494L, 247L, 247L, 247L), s.fees(caseId));

        s.correct(caseId, CorrectedDays.rate(LocalDate.of(2026, 6, 1)));
        assertEquals(List.of(494L, 494L, 494L, 494L, 494L, 247L), s.fees(caseId),
                "May's repeat of 2% no longer starts the rate early");
        s.correct(caseId, CorrectedDays.rate(LocalDate.of(2026, 3, 1)));
        assertEquals(List.of(494L, 494L, 247L, 247L, 247L, 247L), s.fees(caseId));
        try (Connection c = connect()) {
            assertEquals(List.of("|4", "2026-03-01|2"), rows(c, "SELECT ifnull(starts_on, '') || '|' || percent "
                    + "FROM collection_fee WHERE case_id = " + caseId + " AND deleted_at IS NULL ORDER BY id"));
            assertEquals(List.of("2026-05-01", "2026-05-01", "2026-04-01", "2026-06-01"),
                    startsOnKept(c, "collection_fee"), "the 3% of 1 May, the repeat taken back, each day 2% had");
        }
    }

    /** The stores over the test's records, and one Collect and Pay case at £123.45 a month from January 2026. */
    private static final class Stores {
        final CaseStore cases;
        final PaymentStore payments;
        final LocalDate today = LocalDate.now(DatabaseTest.CLOCK);

        Stores(TestRecords records) {
            cases = records.cases();
            payments = records.payments();
        }

        long collectAndPayCase() {
            long caseId = cases.completeSetup(CaseStoreTest.me(), with(CaseStoreTest.aCase(),
                    Arrangement.COLLECT_AND_PAY));
            payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(123_45), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 1, 1), "CMS calculation letter"));
            return caseId;
        }

        void correct(long caseId, CorrectedDays days) {
            cases.saveCorrections(CaseStoreTest.me(), cases.find(caseId).orElseThrow(), today, today, days);
        }

        List<Long> fees(long caseId) {
            return payments.schedule(caseId, JUNE_10).lines().stream().map(line -> line.fee().pence()).toList();
        }
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }

    private static CaseFile withFee(CaseFile k, String percent) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), k.arrangement(),
                k.cmsReference(), k.children(), new BigDecimal(percent));
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
    }

    private static List<String> startsOnKept(Connection c, String table) throws Exception {
        return rows(c, "SELECT earlier_version FROM amendment WHERE record_table = '" + table + "' ORDER BY id")
                .stream().map(v -> v.replaceAll("(?s).*starts_on=([0-9-]+).*", "$1")).toList();
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
