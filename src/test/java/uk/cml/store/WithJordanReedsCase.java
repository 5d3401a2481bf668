package uk.cml.store;

import org.junit.jupiter.api.BeforeEach;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * What a store test extends to work on Jordan Reed's case: before each test, {@link TestRecords} opens a real SQLite
 * file in the test's temp folder ({@link WithTheRecords}) and completes Sam Taylor's setup
 * ({@link TestRecords#jordanReedsCase()}, or the case file a test gives {@link #jordanReedsCaseFile()}); after it, the
 * file is closed. The clock is {@link DatabaseTest#CLOCK} unless a test overrides {@link #clock()}.
 */
abstract class WithJordanReedsCase extends WithTheRecords {

    long caseId;

    /** Jordan Reed's case as set-up saves it ({@link CaseStoreTest#aCase()}); a test may move it or change its fee. */
    CaseFile jordanReedsCaseFile() {
        return CaseStoreTest.aCase();
    }

    @BeforeEach
    final void addJordanReedsCase() {
        caseId = records.cases().completeSetup(CaseStoreTest.me(), jordanReedsCaseFile());
    }
}
