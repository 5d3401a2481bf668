package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.AppRobot;

/**
 * Reviewer on the Case page: Enter in a box did not save (set-up's Enter moves on, the Calls page's saves), and "Save
 * changes" jumped up as "Nothing was saved" appeared under it and down as it went, so a click aimed at it missed.
 * A bad reference is named by the character that is wrong.
 */
@ExtendWith(ApplicationExtension.class)
class CaseEnterSavesTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The test opens the app in a window of its own (see AppRobot.startOn).
    }

    @BeforeEach
    void aDirectPayCase() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                    Optional.of(CmsReference.parse("121234567890").value()),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
        }
        startup = startOn(dataFolder);
        waitFor("#case-switcher");
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private String label(String id) {
        return interactAndGet(() -> ((Label) lookup(id).query()).getText());
    }

    private javafx.geometry.Bounds saveButton() {
        javafx.scene.Node save = lookup("#case-save").query();
        return interactAndGet(() -> save.localToScreen(save.getLayoutBounds()));
    }

    @Test
    void enterInABoxSavesAndSaveChangesStaysStill() {
        press("#nav-case");
        waitFor("#case-save");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds still = saveButton();

        type("#cms-reference", "1212-3456-789O\n");
        waitUntil("refused", () -> label("#case-status").startsWith("Nothing was saved"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("It has the letter \"O\" in it: references have only numbers (0 to 9). Check it against your CMS "
                + "letter.", label("#cms-reference-error"));
        assertEquals(still.getMinY(), saveButton().getMinY(), 0.5, "Save changes stays where it was");

        type("#cms-reference", "1212 3456 7890");
        waitUntil("the refusal goes", () -> label("#case-status").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(still.getMinY(), saveButton().getMinY(), 0.5, "and stays as the message goes");

        type("#my-phone", "07700 900123\n");
        waitUntil("Enter saved", () -> label("#case-status").startsWith("Saved."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(still.getMinY(), saveButton().getMinY(), 0.5, "and while Saved shows with its Undo");
    }
}
