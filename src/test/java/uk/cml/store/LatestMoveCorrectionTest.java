package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * Correcting the day the latest move started, on a real SQLite file. Worked by hand: £123.45 due on the 1st from
 * January 2026, Collect and Pay at 4% (£4.94 a due) from the start, moved to Direct Pay; the dues under Collect and
 * Pay carry the fee, those under Direct Pay none.
 */
class LatestMoveCorrectionTest {

    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);

    @TempDir
    Path folder;

    @Test
    @DisplayName("A move typed as 1 Apr corrected to 1 Mar: March loses its fee, the earlier day is kept as history")
    void theLatestMoveCanStartEarlierOrLater() throws Exception {
        try (Database database = Database.open(folder, DatabaseTest.CLOCK)) {
            History history = new History(DatabaseTest.CLOCK);
            CaseStore cases = new CaseStore(database, history, DatabaseTest.CLOCK);
            PaymentStore payments = new PaymentStore(database, history, DatabaseTest.CLOCK);
            long caseId = cases.completeSetup(CaseStoreTest.me(), with(CaseStoreTest.aCase(),
                    Arrangement.COLLECT_AND_PAY));
            payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(123_45), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 1, 1), "CMS calculation letter"));
            LocalDate today = LocalDate.now(DatabaseTest.CLOCK);
            cases.saveCorrections(CaseStoreTest.me(), with(cases.find(caseId).orElseThrow(), Arrangement.DIRECT_PAY),
                    today, LocalDate.of(2026, 4, 1));
            assertEquals(List.of(494L, 494L, 494L, 0L, 0L, 0L), fees(payments, caseId));

            CaseFile directPay = cases.find(caseId).orElseThrow();
            cases.saveCorrections(CaseStoreTest.me(), directPay, today, today, Optional.of(LocalDate.of(2026, 3, 1)));
            assertEquals(List.of(494L, 494L, 0L, 0L, 0L, 0L), fees(payments, caseId));
            assertEquals("CMS Collect and Pay until 28 Feb 2026, then CMS Direct Pay from 1 Mar 2026",
                    cases.arrangements(caseId).describe());
            assertEquals(Arrangement.DIRECT_PAY, cases.find(caseId).orElseThrow().arrangement());

            // Later than first typed is a correction too; the same day again writes nothing.
            cases.saveCorrections(CaseStoreTest.me(), directPay, today, today, Optional.of(LocalDate.of(2026, 5, 1)));
            cases.saveCorrections(CaseStoreTest.me(), directPay, today, today, Optional.of(LocalDate.of(2026, 5, 1)));
            assertEquals(List.of(494L, 494L, 494L, 494L, 0L, 0L), fees(payments, caseId));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME))) {
                assertEquals(List.of("|COLLECT_AND_PAY", "2026-05-01|DIRECT_PAY"), rows(c, "SELECT ifnull(starts_on, "
                        + "'') || '|' || arrangement FROM arrangement_period WHERE case_id = " + caseId
                        + " AND deleted_at IS NULL ORDER BY id"));
                assertEquals(List.of("2026-04-01", "2026-03-01"), rows(c, "SELECT earlier_version FROM amendment "
                        + "WHERE record_table = 'arrangement_period' ORDER BY id").stream()
                        .map(v -> v.replaceAll("(?s).*starts_on=([0-9-]+).*", "$1")).toList(),
                        "each day the move had is kept");
            }
        }
    }

    @Test
    @DisplayName("A day not after the change before the move, or a case that never moved, is refused and nothing is saved")
    void aDayBeforeTheChangeBeforeItIsRefused() {
        try (Database database = Database.open(folder, DatabaseTest.CLOCK)) {
            History history = new History(DatabaseTest.CLOCK);
            CaseStore cases = new CaseStore(database, history, DatabaseTest.CLOCK);
            long caseId = cases.completeSetup(CaseStoreTest.me(), with(CaseStoreTest.aCase(),
                    Arrangement.COLLECT_AND_PAY));
            LocalDate today = LocalDate.now(DatabaseTest.CLOCK);
            CaseFile collectAndPay = cases.find(caseId).orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> cases.saveCorrections(CaseStoreTest.me(),
                    collectAndPay, today, today, Optional.of(LocalDate.of(2026, 3, 1))), "no move to correct");
            cases.saveCorrections(CaseStoreTest.me(), with(collectAndPay, Arrangement.DIRECT_PAY), today,
                    LocalDate.of(2026, 2, 1));
            cases.saveCorrections(CaseStoreTest.me(), with(collectAndPay, Arrangement.COLLECT_AND_PAY), today,
                    LocalDate.of(2026, 6, 1));
            CaseFile movedBack = cases.find(caseId).orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> cases.saveCorrections(CaseStoreTest.me(), movedBack,
                    today, today, Optional.of(LocalDate.of(2026, 2, 1))), "the day of the move before it");
            assertEquals("CMS Collect and Pay until 31 Jan 2026, CMS Direct Pay until 31 May 2026, then CMS Collect "
                    + "and Pay from 1 Jun 2026", cases.arrangements(caseId).describe(), "nothing saved");
            cases.saveCorrections(CaseStoreTest.me(), movedBack, today, today, Optional.of(LocalDate.of(2026, 2, 2)));
            assertEquals("CMS Collect and Pay until 31 Jan 2026, CMS Direct Pay until 1 Feb 2026, then CMS Collect "
                    + "and Pay from 2 Feb 2026", cases.arrangements(caseId).describe());
        }
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }

    private static List<Long> fees(PaymentStore payments, long caseId) {
        return payments.schedule(caseId, JUNE_10).lines().stream().map(line -> line.fee().pence()).toList();
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
