package uk.cml.ui.caseinfo;

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
 * The Case page in the whole app: "Saved. Your earlier answers are kept..." stays while the form is read back from
 * the records (the app's doing), and goes once the parent changes an answer, or goes to another page and comes back.
 */
@ExtendWith(ApplicationExtension.class)
class CaseSavedLineGoesTest extends AppRobot {

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

    private void save() {
        javafx.scene.Node before = lookup("#my-phone").query();
        press("#case-save");
        waitUntil("saved", () -> label("#case-status").startsWith("Saved."));
        // A new form, filled from the records, takes the place of the one saved.
        waitUntil("the form is read back from the records", () -> interactAndGet(() -> lookup("#my-phone").query()
                != before && lookup("#my-phone").query().getScene() != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savedGoesOnceTheParentChangesAnAnswerOrComesBackToThePage() {
        press("#nav-case");
        type("#my-phone", "07700 900123");
        save();
        assertTrue(label("#case-status").startsWith("Saved."), "reading the form back is not the parent moving on");

        type("#my-phone", "07700 900124");
        waitUntil("gone once an answer is changed", () -> label("#case-status").isEmpty());

        save();
        press("#nav-calls");
        waitFor("#call-save");
        press("#nav-case");
        waitUntil("not said on coming back", () -> label("#case-status").isEmpty());
    }
}
