package uk.cml.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import uk.cml.ui.shell.Section;

/**
 * What a UI test extends to drive one page alone on real records: before each test a {@link PageHarness} opens the
 * stores in the test's temp folder ({@link #dataFolder}) with Sam Taylor's setup and Jordan Reed's case
 * ({@link #caseId}); {@link #show} puts a page built on it in a window of its own; after the test the window and the
 * records are closed. The records' clock is {@link AppRobot#CLOCK} unless a test overrides {@link #clock()}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WithAPage extends AppRobot {

    @TempDir
    protected Path dataFolder;
    protected PageHarness harness;
    /** Jordan Reed's case, the one {@link PageHarness#currentCase} starts on. */
    protected long caseId;

    protected Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    final void openTheRecords() {
        harness = new PageHarness(dataFolder, clock());
        caseId = harness.currentCase.get().id();
    }

    /** Shows the page in a window of its own, as the app does when it is chosen; the page. */
    protected final <P extends Section> P show(P page) {
        interact(() -> harness.show(page));
        return page;
    }

    @AfterEach
    final void closeThePage() {
        if (harness != null) {
            interact(harness::close);
            harness = null;
        }
    }
}
