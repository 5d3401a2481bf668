package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;

/**
 * Found by a reviewer using set-up as a new parent: the amount's red message stayed under a good "212.40" until Next
 * was pressed.
 */
@ExtendWith(ApplicationExtension.class)
class SetupMessagesGoTest extends AppRobot {

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

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    private boolean shown(String id) {
        return interactAndGet(() -> label(id).isVisible());
    }

    private void upToTheChildren() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        waitFor("#child-name-1");
    }

    @Test
    void theAmountsMessageGoesAsAGoodAmountIsTypedAndSoDoesTheLinePointingAtIt() throws Exception {
        upToTheChildren();
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "121234567890");
        press("#setup-next");
        waitFor("#setup-plan");

        type("#setup-plan-amount", "212.4O");
        choose("#setup-plan-frequency", uk.cml.domain.arrears.PaymentFrequency.MONTHLY);
        type("#setup-plan-first-due", "6/11/2026");
        press("#setup-next");
        waitUntil("the amount is refused", () -> shown("#setup-plan-amount-error"));
        assertEquals("Please check the answers marked in red.", interactAndGet(label("#setup-status")::getText));
        type("#setup-plan-amount", "212.40");
        waitUntil("the message goes once the answer is changed", () -> !shown("#setup-plan-amount-error"));
        assertTrue(lookup("#setup-plan-amount").query().getPseudoClassStates().stream()
                .noneMatch(p -> p.getPseudoClassName().equals("danger")), "and so does the red outline");
        waitUntil("nothing is red, so nothing says to check the red", () -> interactAndGet(label("#setup-status")
                ::getText).isEmpty());
        Snapshots.save(this, window().getScene().getRoot(), "setup-amount-corrected.png");
        assertEquals("What should be paid", interactAndGet(label("#setup-step-title")::getText), "still on the step");
    }
}
