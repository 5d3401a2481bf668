package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.WithTheApp;

/**
 * The Case page in the whole app: "Saved. Your earlier answers are kept..." stays while the form is read back from
 * the records (the app's doing), and goes once the parent changes an answer, or goes to another page and comes back.
 */
class CaseSavedLineGoesTest extends WithTheApp {

    @BeforeEach
    void aDirectPayCase() {
        withCase(CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
        openTheApp();
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
