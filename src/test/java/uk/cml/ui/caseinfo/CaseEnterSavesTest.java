package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer on the Case page: Enter in a box did not save (set-up's Enter moves on, the Calls page's saves), and "Save
 * changes" jumped up as "Nothing was saved" appeared under it and down as it went, so a click aimed at it missed.
 * A bad reference is named by the character that is wrong.
 */
class CaseEnterSavesTest extends WithTheApp {

    @BeforeEach
    void aDirectPayCase() {
        withCase(CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
        openTheApp();
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
