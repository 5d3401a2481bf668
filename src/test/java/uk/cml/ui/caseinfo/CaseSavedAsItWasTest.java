package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * The Case page saves every part of the case at once: pressed with nothing changed (a space typed after the other
 * parent's name), it records no correction in any of them and says so in the words every page uses, with no Undo.
 */
@ExtendWith(ApplicationExtension.class)
class CaseSavedAsItWasTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The test opens the app in a window of its own (see AppRobot.startOn).
    }

    @BeforeEach
    void aCase() {
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

    private String status() {
        return interactAndGet(() -> ((Label) lookup("#case-status").query()).getText());
    }

    @Test
    void savedWithNothingChangedRecordsNothing() {
        press("#nav-case");
        waitFor("#case-save");
        type("#other-name", "Jordan Reed ");
        press("#case-save");
        waitUntil("the page says nothing changed", () -> "Nothing has changed since you saved it.".equals(status()));
        assertNull(interactAndGet(() -> ((Label) lookup("#case-status").query()).getGraphic()), "nothing to undo");
        stop(startup);
        startup = null;

        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            int kept = services.database.read(c -> {
                try (var s = c.prepareStatement("SELECT COUNT(*) FROM amendment"); var r = s.executeQuery()) {
                    return r.getInt(1);
                }
            });
            assertEquals(0, kept, "no correction of the case, its children or the parent's details");
        }
    }
}
