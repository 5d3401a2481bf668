package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.safety.CheckReport;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;

/**
 * Records kept by the version before the arrangement history (schema V013, with the record journal watching every
 * table), opened by this one: "Check records" must find everything as the app left it, before and after a move and
 * its Undo, and the CSV export must carry the periods. Real SQLite files in a temp folder.
 */
class ArrangementUpgradeCheckTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @TempDir
    Path folder;

    @Test
    @DisplayName("A V013 file with its journal upgrades to V014; Check records is clean before and after a move and its correction")
    void checkRecordsIsCleanAfterTheUpgradeAndAMove() throws Exception {
        OlderRecordsFile.makeAt(folder, 13, Arrangement.COLLECT_AND_PAY, s -> s.execute("INSERT INTO collection_fee "
                + "(case_id, starts_on, percent, recorded_at) VALUES (1, NULL, '4', '2026-01-01T09:00')"));
        // As the app opens its records: the journal watches the new table, then the anchor is kept.
        try (Database database = OlderRecordsFile.openUpgraded(folder, 13)) {
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), folder,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            assertClean(safety.check(Progress.NONE));
            History history = new History(DatabaseTest.CLOCK);
            CaseStore cases = new CaseStore(database, history, DatabaseTest.CLOCK);
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), cases.arrangements(1));

            CaseFile saved = cases.find(1).orElseThrow();
            cases.saveCorrections(cases.myDetails().orElseThrow(), with(saved, Arrangement.DIRECT_PAY),
                    LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
            assertEquals(Arrangement.DIRECT_PAY, cases.arrangements(1).on(APRIL_1));
            assertClean(safety.check(Progress.NONE));

            List<uk.cml.safety.CsvExport.CaseExport> exported = safety.exportCsv(folder.resolve("export"));
            Path periods = exported.get(0).folder().resolve("How maintenance is paid.csv");
            String csv = Files.readString(periods);
            assertTrue(csv.contains("1,,CMS Collect and Pay,01/01/2026 09:00,\r\n2,01/04/2026,CMS Direct Pay,"), csv);

            // The move's day corrected, then put back: each kept in the journal like any other change.
            LocalDate today = LocalDate.now(DatabaseTest.CLOCK);
            CaseFile directPay = cases.find(1).orElseThrow();
            cases.saveCorrections(cases.myDetails().orElseThrow(), directPay, today, today,
                    CorrectedDays.move(APRIL_1.minusMonths(1)));
            assertEquals(Arrangement.DIRECT_PAY, cases.arrangements(1).on(APRIL_1.minusMonths(1)));
            assertClean(safety.check(Progress.NONE));
            cases.saveCorrections(cases.myDetails().orElseThrow(), directPay, today, today,
                    CorrectedDays.move(APRIL_1));
            assertClean(safety.check(Progress.NONE));

            // Undo, as the Case page does it: the answers before, the same day.
            cases.saveCorrections(cases.myDetails().orElseThrow(), saved, LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), cases.arrangements(1));
            assertEquals("121234567890", cases.find(1).orElseThrow().cmsReference().orElseThrow().digits());
            assertClean(safety.check(Progress.NONE));
        }
    }

    @Test
    @DisplayName("Set-up's case and a case added later each get a first period; a private case moves to Direct Pay")
    void everyNewCaseHasItsFirstPeriodAndAPrivateCaseMovesToDirectPay() {
        try (Database database = Database.open(folder, DatabaseTest.CLOCK)) {
            CaseStore cases = new CaseStore(database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK);
            long first = cases.completeSetup(CaseStoreTest.me(), with(CaseStoreTest.aCase(), Arrangement.COLLECT_AND_PAY));
            CaseFile privately = new CaseFile(0, "Alex Green", java.util.Optional.empty(),
                    uk.cml.domain.caseinfo.WorkSituation.NOT_KNOWN, Arrangement.PRIVATE, java.util.Optional.empty(),
                    CaseStoreTest.aCase().children(), new java.math.BigDecimal("4"));
            long second = cases.create(privately);
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), cases.arrangements(first));
            assertEquals(ArrangementHistory.since(Arrangement.PRIVATE), cases.arrangements(second));

            CaseFile directPay = new CaseFile(second, "Alex Green", java.util.Optional.empty(),
                    uk.cml.domain.caseinfo.WorkSituation.NOT_KNOWN, Arrangement.DIRECT_PAY,
                    CaseStoreTest.aCase().cmsReference(), CaseStoreTest.aCase().children(),
                    new java.math.BigDecimal("4"));
            cases.update(directPay, LocalDate.now(DatabaseTest.CLOCK), APRIL_1);
            assertEquals(ArrangementHistory.since(Arrangement.PRIVATE).movedOn(APRIL_1, Arrangement.DIRECT_PAY),
                    cases.arrangements(second));
            CaseFile saved = cases.find(second).orElseThrow();
            assertEquals(Arrangement.DIRECT_PAY, saved.arrangement());
            assertEquals("121234567890", saved.cmsReference().orElseThrow().digits());
            assertEquals(java.util.Map.of(LocalDate.MIN, false, APRIL_1, false),
                    cases.fee(second).underCollectAndPayFrom(), "no fee before or after the move");
            assertEquals(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY), cases.arrangements(first),
                    "the other case is untouched");
        }
    }

    private static void assertClean(CheckReport report) {
        assertEquals(List.of(), report.problems());
        assertTrue(report.allMatch(), report.summary());
    }

    private static CaseFile with(CaseFile k, Arrangement arrangement) {
        return new CaseFile(k.id(), k.otherParentName(), k.otherParentAddress(), k.otherParentWork(), arrangement,
                k.cmsReference(), k.children(), k.collectionFeePercent());
    }
}
