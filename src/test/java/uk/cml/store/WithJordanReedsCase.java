package uk.cml.store;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store test extends to work on Jordan Reed's case: before each test, {@link TestRecords} opens a real SQLite
 * file in the test's temp folder and completes Sam Taylor's setup ({@link TestRecords#jordanReedsCase()}); after it,
 * the file is closed. The clock is {@link DatabaseTest#CLOCK} unless a test overrides {@link #clock()}.
 */
abstract class WithJordanReedsCase {

    @TempDir
    Path folder;
    TestRecords records;
    long caseId;

    Clock clock() {
        return DatabaseTest.CLOCK;
    }

    @BeforeEach
    final void openTheRecordsWithJordanReedsCase() {
        records = TestRecords.openIn(folder, clock());
        caseId = records.jordanReedsCase();
    }

    @AfterEach
    final void closeTheRecords() {
        records.close();
    }
}
