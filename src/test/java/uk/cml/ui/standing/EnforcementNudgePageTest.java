package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;

/**
 * The enforcement nudge as the parent reads it: a day FROM which to ask the CMS to move on if nothing has happened,
 * never a limit "by" that day, and not what to do next weeks before anything can be done. Today is Sunday
 * 22 November 2026; the arrears notice was heard of on Tuesday 17 November, so the day is Tuesday 12 January 2027.
 */
@ExtendWith(ApplicationExtension.class)
class EnforcementNudgePageTest extends AppRobot {

    private static final String FROM_WORDS = "From 12 Jan 2027: Write asking the CMS to take the next step (Ask the "
            + "CMS for the step after: Arrears notice, if nothing has happened by then)";

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // Pages open in windows of their own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    private String label(String id) {
        return ((Label) waitFor(id)).getText();
    }

    @Test
    void theNudgeReadsFromItsDayAndDoesNotHeadThePage() throws Exception {
        harness = new PageHarness(dataFolder);
        long caseId = harness.currentCase.get().id();
        harness.services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 17), ""));

        StandingView page = new StandingView(new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase), harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
        interact(() -> harness.show(page));
        waitUntil("the dates load", () -> lookup("#standing-deadline-0").tryQuery().isPresent());
        assertEquals("From 12 Jan 2027  Ask the CMS for the step after: Arrears notice, if nothing has happened by "
                + "then", label("#standing-deadline-0"));
        assertEquals("Write asking the CMS to take the next step (from 12 Jan 2027, if nothing has happened by then)",
                ((Labeled) waitFor("#standing-nudge")).getText());
        String next = label("#standing-next");
        assertFalse(next.contains("12 Jan 2027"), next);
        assertEquals(harness.services.standing.report(caseId, LocalDate.of(2026, 11, 22)).complaint().next().text(),
                next);

        OverviewView overview = new OverviewView(new OverviewModel(harness.services.payments,
                List.of(harness.services.standing)), harness.background, CLOCK, harness.currentCase, destination -> { });
        interact(() -> harness.show(overview));
        waitUntil("the nudge is in What needs doing, from its day", () -> lookup(node -> node instanceof Labeled l
                && FROM_WORDS.equals(l.getText())).tryQuery().isPresent());
        assertFalse(lookup(node -> node instanceof Labeled l && l.getText() != null
                && l.getText().contains("by 12 Jan 2027")).tryQuery().isPresent(), "no 'by' for a day to ask from");
    }
}
