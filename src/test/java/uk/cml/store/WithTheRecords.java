package uk.cml.store;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.safety.JournalTriggers;

/**
 * What a store test extends to work on a new set of records: before each test, {@link TestRecords} opens a real
 * SQLite file in the test's temp folder ({@link #folder}), made by the migrations as the app makes it, with no case
 * yet; after it, the file is closed. The clock is {@link DatabaseTest#CLOCK} unless a test overrides {@link #clock()}
 * (a field the test sets up, such as a {@code MovableClock}, is ready by then). A test that reads what changed after
 * a letter was made overrides {@link #journalled()}: the file is then opened as the app opens it, with the record
 * journal's triggers. {@link WithJordanReedsCase} adds Sam Taylor's setup with Jordan Reed's case.
 */
abstract class WithTheRecords {

    @TempDir
    Path folder;
    TestRecords records;
    /** The open file ({@link TestRecords#database} of {@link #records}). */
    Database database;
    /** The records' one history ({@link TestRecords#history}), for a store the test makes itself. */
    History history;

    Clock clock() {
        return DatabaseTest.CLOCK;
    }

    /**
     * Whether the record journal covers the file ({@link JournalTriggers#install}, as the app opens it): what changed
     * after a letter was made is read from it. Off unless a test overrides this.
     */
    boolean journalled() {
        return false;
    }

    @BeforeEach
    final void openTheRecords() {
        open();
    }

    private void open() {
        records = journalled() ? TestRecords.openIn(folder, clock(), JournalTriggers::install)
                : TestRecords.openIn(folder, clock());
        database = records.database;
        history = records.history;
    }

    /**
     * Closes the file and opens it again, as the app's next start does: {@link #records} is then a new set of stores
     * on what was saved (a test keeping a store of the old one takes it again).
     */
    final void reopenTheRecords() {
        records.close();
        open();
    }

    @AfterEach
    final void closeTheRecords() {
        records.close();
    }
}
