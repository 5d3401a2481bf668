package uk.cml.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * What a test extends to work on the app's stores as the app wires them ({@link AppServices}), with no window: before
 * each test they open on {@link #dataFolder}, a folder in the test's temp folder ({@link #folder}, where the test may
 * keep files of its own), and Sam Taylor's setup is completed with Jordan Reed's case ({@link #caseId},
 * {@link #caseFile}); after it they are closed. A test gives another parent or case file by overriding
 * {@link #parent()} or {@link #newCase()}. The records' {@link #clock} starts at 10:15 on Sun 22 Nov 2026, in London
 * (as the UI tests' clock), or at the moment a test gives the constructor; it stands still unless the test moves it.
 * A UI test extends {@code uk.cml.ui.WithTheApp} instead.
 */
public abstract class WithTheServices {

    @TempDir
    protected Path folder;
    /** Where the records are: {@code data} in {@link #folder}. */
    protected Path dataFolder;
    protected AppServices services;
    protected long caseId;
    /** The case as saved (with its id). */
    protected CaseFile caseFile;
    /** The app's clock, which the test may move on. */
    protected final MovableClock clock;

    protected WithTheServices() {
        this("2026-11-22T10:15:00Z");
    }

    /** @param startsAt the clock's first moment, such as {@code 2026-12-06T00:55:00Z} (in London's time zone) */
    protected WithTheServices(String startsAt) {
        clock = new MovableClock(Instant.parse(startsAt), ZoneId.of("Europe/London"));
    }

    /** The parent whose setup is completed: Sam Taylor ({@link TestParents#samTaylor()}). */
    protected MyDetails parent() {
        return TestParents.samTaylor();
    }

    /** The case setup is completed with: Jordan Reed's ({@link CaseFileBuilder#jordanReed()}). */
    protected CaseFile newCase() {
        return CaseFileBuilder.jordanReed().build();
    }

    @BeforeEach
    final void openTheServices() {
        dataFolder = folder.resolve("data");
        services = AppServices.open(dataFolder, clock);
        caseId = services.cases.completeSetup(parent(), newCase());
        caseFile = services.cases.find(caseId).orElseThrow();
    }

    @AfterEach
    final void closeTheServices() {
        services.close();
    }
}
