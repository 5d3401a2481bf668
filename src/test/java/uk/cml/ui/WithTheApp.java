package uk.cml.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.common.FilePicker;

/**
 * What a UI test extends to drive the real app on records of its own. {@link #dataFolder} is the test's temp folder;
 * {@link #withJordanReedsCase} (or {@link #withCase}) completes Sam Taylor's setup there with a case and lets the test
 * add records on the real stores before the app reads them, or {@link #withSampleRecords} puts the sample records
 * there (and may add the test's own to them); {@link #openTheApp} then starts the app on a page, in a window of its own, and waits until the records are
 * read and the main window shows (the case switcher). After each test the app is closed as the parent closing it
 * would. The records' and the app's clock is {@link AppRobot#CLOCK} unless a test overrides {@link #clock()}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WithTheApp extends AppRobot {

    /** What a test puts in the records before the app opens on them. */
    @FunctionalInterface
    protected interface Records {
        void add(AppServices services, long caseId) throws Exception;
    }

    @TempDir
    protected Path dataFolder;
    /** The app opened by {@link #openTheApp}; null before. */
    protected Startup startup;
    /** The case {@link #withCase} made. */
    protected long caseId;

    protected Clock clock() {
        return CLOCK;
    }

    /** Sam Taylor's setup, completed with Jordan Reed's case ({@link CaseFileBuilder#jordanReed()}); its id. */
    protected final long withJordanReedsCase() {
        return withCase(CaseFileBuilder.jordanReed().build());
    }

    /** Jordan Reed's case with the records the test adds; its id. */
    protected final long withJordanReedsCase(Records records) {
        return withCase(CaseFileBuilder.jordanReed().build(), records);
    }

    /** Sam Taylor's setup ({@link TestParents#samTaylor()}), completed with this case; its id. */
    protected final long withCase(CaseFile aCase) {
        return withCase(aCase, (services, id) -> { });
    }

    /** Sam Taylor's setup ({@link TestParents#samTaylor()}), completed with this case and these records; its id. */
    protected final long withCase(CaseFile aCase, Records records) {
        return add((services, none) -> {
            caseId = services.cases.completeSetup(TestParents.samTaylor(), aCase);
            records.add(services, caseId);
        });
    }

    /** The sample records ({@code sample-data}, with its options) in the data folder. */
    protected final void withSampleRecords(String... options) {
        SampleFolders.fillOn(dataFolder, clock(), options);
    }

    /** The sample records, with the command's options, and the records the test adds to their case ({@link #caseId}). */
    protected final void withSampleRecords(Records records, String... options) {
        withSampleRecords(options);
        add((services, none) -> {
            caseId = services.cases.cases().get(0).id();
            records.add(services, caseId);
        });
    }

    /** The records put in on the real stores, opened on the data folder and closed again before the app opens it. */
    private long add(Records records) {
        try (AppServices services = AppServices.open(dataFolder, clock())) {
            records.add(services, caseId);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not put the test's records in", e);
        }
        return caseId;
    }

    /** The sample records, with the command's options, and the app opened on them, the Overview's figures shown. */
    protected final Startup openOnTheSampleRecords(String... options) {
        withSampleRecords(options);
        openTheApp();
        waitFor("#overview-owed");
        return startup;
    }

    /** The app on the Overview. */
    protected final Startup openTheApp() {
        return openTheApp("overview");
    }

    /** The app on the page with this sidebar key (such as "payments"). */
    protected final Startup openTheApp(String page) {
        return openTheApp(page, FilePicker.system());
    }

    /** The app on a page, with {@code picker} standing in for the file chooser, which a robot cannot drive. */
    protected final Startup openTheApp(String page, FilePicker picker) {
        startup = startOn(dataFolder, picker, clock(), page);
        waitFor("#case-switcher");
        return startup;
    }

    /** The window, no longer maximised, at this size (a laptop's 1366 x 768, or the smallest, 1024 x 700). */
    protected final void sizeTheWindow(double width, double height) {
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(width);
            window().setHeight(height);
        });
    }

    @AfterEach
    final void closeTheApp() {
        if (startup != null) {
            stop(startup);
            startup = null;
        }
    }
}
