package uk.cml.store;

import org.junit.jupiter.api.BeforeEach;

/**
 * What a store test extends to work on Jordan Reed's case: before each test, {@link TestRecords} opens a real SQLite
 * file in the test's temp folder ({@link WithTheRecords}) and completes Sam Taylor's setup
 * ({@link TestRecords#jordanReedsCase()}); after it, the file is closed. The clock is {@link DatabaseTest#CLOCK}
 * unless a test overrides {@link #clock()}.
 */
abstract class WithJordanReedsCase extends WithTheRecords {

    long caseId;

    @BeforeEach
    final void addJordanReedsCase() {
        caseId = records.jordanReedsCase();
    }
}
