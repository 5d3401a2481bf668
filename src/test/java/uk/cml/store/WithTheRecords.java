package uk.cml.store;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a store test extends to work on a new set of records: before each test, {@link TestRecords} opens a real
 * SQLite file in the test's temp folder ({@link #folder}), made by the migrations as the app makes it, with no case
 * yet; after it, the file is closed. The clock is {@link DatabaseTest#CLOCK} unless a test overrides {@link #clock()}
 * (a field the test sets up, such as a {@code MovableClock}, is ready by then). {@link WithJordanReedsCase} adds
 * Sam Taylor's setup with Jordan Reed's case.
 */
abstract class WithTheRecords {

    @TempDir
    Path folder;
    TestRecords records;
    /** The open file ({@link TestRecords#database} of {@link #records}). */
    Database database;

    Clock clock() {
        return DatabaseTest.CLOCK;
    }

    @BeforeEach
    final void openTheRecords() {
        records = TestRecords.openIn(folder, clock());
        database = records.database;
    }

    /**
     * Closes the file and opens it again, as the app's next start does: {@link #records} is then a new set of stores
     * on what was saved (a test keeping a store of the old one takes it again).
     */
    final void reopenTheRecords() {
        records.close();
        records = TestRecords.openIn(folder, clock());
        database = records.database;
    }

    @AfterEach
    final void closeTheRecords() {
        records.close();
    }
}
