package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.Startup;

/**
 * Found by a reviewer setting up on a fresh data folder at 1366 x 768: the child's first-name box ran across the whole
 * window and the date of birth was squeezed against its right edge, its message wrapping into four lines there; and
 * the first due date's message sat under a blank line (kept for the weekday of a date not typed).
 */
@ExtendWith(ApplicationExtension.class)
class SetupStepsLayoutTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private Bounds placeOf(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
    }

    @Test
    void theChildsNameAndDateOfBirthAreAsWideTogetherAsALabelAndAFieldOnTheOtherSteps() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1366);
            window().setHeight(768);
        });
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        Bounds field = placeOf("#my-name");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        waitFor("#child-name-1");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds name = placeOf("#child-name-1");
        Bounds born = placeOf("#child-born-1");
        assertTrue(name.getWidth() <= 560.5, "the first-name box is " + name.getWidth() + " px wide");
        assertTrue(born.getMaxX() <= field.getMaxX() + 0.5, "the date of birth ends at " + born.getMaxX()
                + ", past the other steps' fields (" + field.getMaxX() + ")");
        assertTrue(born.getMinX() - name.getMaxX() < 20, "the date of birth is beside the name");
    }

    @Test
    void theFirstDueDatesMessageFollowsItsHintWithNoBlankLineBetween() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "121234567890");
        press("#setup-next");
        type("#setup-plan-amount", "43.21");
        choose("#setup-plan-frequency", uk.cml.domain.arrears.PaymentFrequency.WEEKLY);
        press("#setup-next");
        waitUntil("the date is asked for", () -> lookup("#setup-plan-first-due-error").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        double gap = placeOf("#setup-plan-first-due-error").getMinY() - placeOf("#setup-plan-first-due").getMaxY();
        // The box, then its one-line hint (about 17 px) and the message: no empty line between them.
        assertTrue(gap < 28, "the message starts " + gap + " px under the date box");
        type("#setup-plan-first-due", "6/11/2026");
        waitUntil("the message goes", () -> !lookup("#setup-plan-first-due-error").query().isVisible());
        assertTrue(interactAndGet(() -> lookup("#setup-plan-first-due-day").query().isVisible()), "the weekday shows");
    }
}
