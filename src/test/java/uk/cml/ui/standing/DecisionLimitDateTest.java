package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * Found by a reviewer: Where it stands listed "26 Nov 2026  Ask for a mandatory reconsideration", then "one calendar
 * month from ... 30 Oct": the day shown was the last day to post, the words beside it were the limit's (30 Nov).
 * The line is dated on the limit, as the Timeline places it, with the one wording of the limit and the post-by day.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionLimitDateTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    private String firstDate(Clock clock) {
        harness = new PageHarness(dataFolder, clock);
        long caseId = harness.currentCase.get().id();
        harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 10, 30), "", Optional.empty()));
        StandingModel model = new StandingModel(harness.services.standing, harness.background, clock,
                harness.currentCase);
        StandingView page = new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
        interact(() -> harness.show(page));
        Label line = waitFor("#standing-deadline-0");
        waitUntil("the limit is listed", () -> interactAndGet(line::getText).contains("reconsideration"));
        return interactAndGet(line::getText);
    }

    @Test
    void whileOpenTheLineIsDatedOnTheLimitWithTheDayToPostAsItsNote() {
        String line = firstDate(CLOCK); // 22 Nov 2026
        assertEquals("30 Nov 2026  Ask for a mandatory reconsideration. Limit Mon 30 Nov 2026: to be safe, post your letter 1st "
                + "class by Thu 26 Nov 2026", line);
    }

    @Test
    void onceTheDayToPostHasGoneTheLineIsStillDatedOnTheLimit() {
        String line = firstDate(Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneId.of("Europe/London")));
        assertEquals("30 Nov 2026  Ask for a mandatory reconsideration", line);
    }
}
