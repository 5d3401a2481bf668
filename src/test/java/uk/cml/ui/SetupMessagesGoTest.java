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
 * was pressed, and a date with no such day ("31 Feb 2019") was wiped from its box, so it had to be typed again.
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

    @Test
    void aDateOfBirthWithNoSuchDayStaysInItsBoxAsTyped() throws Exception {
        upToTheChildren();
        type("#child-name-1", "Mia");
        type("#child-born-1", "31 Feb 2019");
        press("#setup-next");
        waitUntil("the date is refused", () -> shown("#child-born-1-error"));
        assertTrue(interactAndGet(label("#child-born-1-error")::getText).contains("31 Feb 2019"),
                interactAndGet(label("#child-born-1-error")::getText));
        assertEquals("31 Feb 2019", text("#child-born-1"), "what the parent typed stays for them to correct");
        Snapshots.save(this, window().getScene().getRoot(), "setup-no-such-day.png");
        // The moment the keyboard leaves, not only once the app has put the text back: the box is bound to the
        // answers kept, and was emptied there too.
        javafx.scene.control.DatePicker born = lookup("#child-born-1").query();
        click(born.getEditor());
        String asTheKeyboardLeaves = interactAndGet(() -> {
            lookup("#child-name-1").query().requestFocus();
            return born.getEditor().getText();
        });
        assertEquals("31 Feb 2019", asTheKeyboardLeaves, "never emptied as the keyboard leaves it");
        assertEquals("31 Feb 2019", text("#child-born-1"), "also once the keyboard has left it");
        assertTrue(shown("#child-born-1-error"), "and the message stays until the date is changed");
        press("#add-child");
        waitFor("#child-name-2");
        assertEquals("31 Feb 2019", text("#child-born-1"), "after another child is added");
        press("#setup-back");
        press("#setup-next");
        waitFor("#child-born-1");
        assertEquals("31 Feb 2019", text("#child-born-1"), "after Back and Next");
    }

    @Test
    void aFirstDueWithNoSuchDayStaysInItsBoxAsTyped() throws Exception {
        upToTheChildren();
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "121234567890");
        press("#setup-next");
        waitFor("#setup-plan");
        type("#setup-plan-amount", "212.40");
        type("#setup-plan-first-due", "31 Feb 2019");
        press("#setup-next");
        waitUntil("the date is refused", () -> shown("#setup-plan-first-due-error"));
        assertEquals("31 Feb 2019", text("#setup-plan-first-due"), "what the parent typed stays for them to correct");
        press("#setup-plan-amount");
        assertEquals("31 Feb 2019", text("#setup-plan-first-due"), "also once the keyboard has left it");
        press("#setup-back");
        press("#setup-next");
        waitFor("#setup-plan");
        assertEquals("31 Feb 2019", text("#setup-plan-first-due"), "after Back and Next");
    }
}
