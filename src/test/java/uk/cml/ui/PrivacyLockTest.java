package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.PersonalDetails;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.privacy.MovableClock;
import uk.cml.privacy.Passcodes;
import uk.cml.privacy.PrivacyFile;
import uk.cml.ui.common.FilePicker;

/** The passcode, the idle lock and quick hide, driven through the real app by control id. */
@ExtendWith(ApplicationExtension.class)
class PrivacyLockTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private boolean recordsShowing() {
        return lookup("#case-switcher").tryQuery().isPresent();
    }

    @Test
    void aPasscodeSetInSettingsIsAskedForAfterARestartAndOnlyTheRightOneOpens() {
        SampleFolders.fill(dataFolder);
        java.util.Set<String> personal = PersonalDetails.of(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#case-switcher");
        press("#nav-settings");
        type("#privacy-new-passcode", "river42");
        type("#privacy-repeat-passcode", "river42");
        press("#privacy-save-passcode");
        Label saved = waitFor("#privacy-message");
        waitUntil("the passcode is saved", () -> saved.getText().startsWith("Passcode saved"));
        stop(startup);

        startup = startOn(dataFolder);
        waitFor("#lock-passcode");
        assertFalse(recordsShowing(), "nothing of the records is in the window while locked");
        type("#lock-passcode", "river24");
        press("#lock-open");
        Label message = lookup("#lock-message").query();
        waitUntil("the wrong passcode is refused", () -> message.getText().contains("not right"));
        assertFalse(recordsShowing());
        type("#lock-passcode", "river42");
        press("#lock-open");
        waitFor("#case-switcher");
        for (String page : java.util.List.of("timeline", "payments", "calls", "letters", "notes", "pack")) {
            press("#nav-" + page);
        }
        stop(startup);
        startup = null;
        assertEquals(java.util.List.of(), PersonalDetails.inLogs(dataFolder, personal),
                "the app's log holds nothing of the sample case");
    }

    @Test
    void theAppLocksItselfAfterTheIdleTimeByTheAppsClock() {
        SampleFolders.fill(dataFolder);
        MovableClock clock = new MovableClock(CLOCK.instant(), CLOCK.getZone());
        Passcodes passcodes = new Passcodes(new PrivacyFile(dataFolder), clock, new SecureRandom(), 1_000);
        passcodes.set("river42".toCharArray());
        passcodes.setIdleLimit(Duration.ofMinutes(1));
        startup = startOn(dataFolder, FilePicker.system(), clock);
        waitFor("#lock-passcode");
        Screenshots.save(window().getScene().getRoot(), "lock-screen");
        press("#lock-forgotten");
        Label help = waitFor("#lock-help");
        assertTrue(help.getText().contains("does not encrypt") && help.getText().contains("privacy.properties"));
        // Steps a parent can follow: the real folder, no command-line option, no "the app's folder" to guess at.
        assertTrue(help.getText().contains("2. Open the folder " + dataFolder + " ("), help.getText());
        assertFalse(help.getText().contains("--data-dir") || help.getText().contains("the app's folder"),
                help.getText());
        Screenshots.save(window().getScene().getRoot(), "lock-screen-forgotten");
        type("#lock-passcode", "river42");
        press("#lock-open");
        waitFor("#case-switcher");

        clock.advance(Duration.ofSeconds(50));
        press("#nav-payments");
        assertTrue(recordsShowing(), "50 seconds is within the minute");
        clock.advance(Duration.ofSeconds(61));
        type(KeyCode.TAB);
        waitFor("#lock-passcode");
        assertFalse(recordsShowing(), "a minute without use locks the app");
    }

    @Test
    void quickHideLocksAndMinimisesWithTheKeysAndWithTheButton() {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#case-switcher");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("#lock-open");
        waitUntil("the window is minimised", () -> window().isIconified());
        assertFalse(recordsShowing());
        assertFalse(lookup("#lock-forgotten").query().isVisible(),
                "no passcode is set, so no 'Forgotten your passcode?'");

        interact(() -> window().setIconified(false));
        press("#lock-open");
        waitFor("#case-switcher");
        press("#quick-hide");
        waitFor("#lock-open");
        waitUntil("the window is minimised", () -> window().isIconified());
        assertFalse(recordsShowing());
    }

    @Test
    void setUpOffersTheAddressSettingAndAPasscodeAndKeepsBoth() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "LS6 2AB");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-address-private");
        type("#setup-passcode", "river42");
        type("#setup-passcode-repeat", "river4");
        press("#setup-next");
        Label problem = waitFor("#setup-passcode-error");
        assertTrue(problem.getText().contains("not the same"), problem.getText());
        type("#setup-passcode-repeat", "river42");
        Screenshots.save(window().getScene().getRoot(), "setup-privacy-step");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#setup-next");
        waitFor("#case-switcher");
        stop(startup);

        startup = startOn(dataFolder);
        waitFor("#lock-passcode");
        type("#lock-passcode", "river42");
        press("#lock-open");
        waitFor("#case-switcher");
        press("#nav-settings");
        javafx.scene.control.CheckBox address = waitFor("#privacy-address-private");
        waitUntil("the case keeps the address private", address::isSelected);
        press("#nav-pack");
        javafx.scene.control.CheckBox mask = waitFor("#pack-mask-contacts");
        // A pack for the CMS keeps the parent's copies and proof of postage; one for a tribunal, which shares its
        // papers with the other parent, starts with the address hidden.
        waitUntil("a pack for the CMS starts with nothing hidden", () -> !mask.isSelected());
        press("#pack-for-tribunal");
        waitUntil("a pack for a tribunal starts with the address hidden", mask::isSelected);
    }
}
