package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.WithTheApp;

/**
 * The Case page saves every part of the case at once: pressed with nothing changed (a space typed after the other
 * parent's name), it records no correction in any of them and says so in the words every page uses, with no Undo.
 */
class CaseSavedAsItWasTest extends WithTheApp {

    @BeforeEach
    void aCase() {
        withCase(CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
        openTheApp();
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
