package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;
import uk.cml.domain.caseinfo.CaseFile;

@ExtendWith(ApplicationExtension.class)
class FirstRunSetupTest extends AppRobot {

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

    private void answerAboutMe() {
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        type("#my-ni-number", "ab 12 34 56 c");
        press("#setup-next");
    }

    @Test
    void aNewParentSetsUpTheirCaseAndFindsItAgainAfterReopening() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerAboutMe();
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        type(KeyCode.TAB);
        type("#child-born-1", "31/02/2015");
        press("#setup-next");
        Label impossible = waitFor("#child-born-1-error");
        assertTrue(impossible.getText().contains("There is no such day as 31/02/2015"), impossible.getText());
        assertEquals("31/02/2015", text("#child-born-1"), "what the parent typed stays in the box");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "1212 3456 789");
        press("#setup-next");
        Label refused = waitFor("#cms-reference-error");
        assertTrue(refused.getText().contains("12 digits long. You entered 11"), refused.getText());
        assertEquals("How maintenance is arranged", lookup("#setup-step-title").queryLabeled().getText(),
                "a wrong reference keeps the parent on the same step");
        type("#cms-reference", "121234567890");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#setup-next");
        ChoiceBox<CaseFile> switcher = waitFor("#case-switcher");
        waitUntil("the case is chosen", () -> switcher.getValue() != null);
        assertEquals("Owed by Jordan Reed", switcher.getValue().title());
        assertEquals("1212 3456 7890", switcher.getValue().cmsReference().orElseThrow().grouped());

        stop(startup);
        startup = startOn(dataFolder);
        ChoiceBox<CaseFile> again = waitFor("#case-switcher");
        waitUntil("the case is chosen again", () -> again.getValue() != null);
        assertEquals("Owed by Jordan Reed", again.getValue().title());
        press("#nav-case");
        waitUntil("the case page shows the answers", () -> lookup("#my-name").tryQuery().isPresent());
        assertEquals("Sam Taylor", text("#my-name"));
        assertEquals("LS6 2AB", text("#my-postcode"));
        assertEquals("AB 12 34 56 C", text("#my-ni-number"));
    }

    @Test
    void backKeepsWhatWasTypedAndMissingAnswersAreExplained() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        waitUntil("the first question has the keyboard focus", () -> {
            javafx.scene.Node owner = window().getScene().getFocusOwner();
            return owner != null && "my-name".equals(owner.getId());
        });
        press("#setup-next");
        Label nameProblem = waitFor("#my-name-error");
        assertTrue(nameProblem.getText().contains("Enter your full name"));
        type("#my-postcode", "not a postcode");
        press("#setup-next");
        assertTrue(lookup("#my-postcode-error").queryLabeled().getText().contains("UK postcode"));
        answerAboutMe();
        waitFor("#other-name");
        type("#other-name", "Jordan Reed");
        press("#setup-back");
        assertEquals("Sam Taylor", text("#my-name"));
        press("#setup-next");
        assertEquals("Jordan Reed", text("#other-name"));
    }

    @Test
    void cancelKeepsTheAnswersForNextTime() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        press("#setup-cancel");
        Label said = waitFor("#setup-cancel-note");
        assertTrue(said.getText().contains("answers so far are kept"), said.getText());
        press("#setup-cancel-keep-going");
        waitFor("#setup-next");
        assertEquals("Sam Taylor", text("#my-name"), "keep going leaves the answers in place");
        press("#setup-cancel");
        press("#setup-cancel-close");
        waitUntil("the window closes", () -> !window().isShowing());
        assertFalse(window().isShowing(), "cancel closes the window");
        stop(startup);
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        assertEquals("Sam Taylor", text("#my-name"), "the answer typed before cancelling is back");
        assertEquals("", text("#my-postcode"), "nothing was invented for the questions not answered");
    }
}
