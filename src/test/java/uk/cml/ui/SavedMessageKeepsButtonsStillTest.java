package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.calls.CallsView;
import uk.cml.ui.notes.NotesView;

/**
 * Reviewer, at 1024 x 700: on the Calls page "Call saved." (with its Undo and next-step buttons) came in under Save,
 * New and Move to bin and pushed the three of them up the page; a second click aimed at Save landed on the form.
 * The pages made with common/RecordsPage (Calls, Notes) keep their buttons where they were as a message comes.
 */
class SavedMessageKeepsButtonsStillTest extends WithAPage {

    @Test
    void callSavedLeavesSaveNewAndMoveToBinWhereTheyWere() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-time");
        at1024By700();
        double[] before = places("call");
        choose("#call-who-called", CallDirection.I_CALLED);
        type("#call-spoke-to", "Mark");
        type("#call-said", "He said Jordan had been sent an arrears notice.");
        press("#call-save");
        waitUntil("saved", () -> harness.services.calls.calls(harness.currentCase.get().id()).size() == 1);
        settle();
        assertFalse(interactAndGet(() -> lookup("#call-status").queryAs(Label.class).getText()).isEmpty(),
                "the page says the call is saved");
        assertSame(before, places("call"));
    }

    @Test
    void noteSavedLeavesSaveNewAndMoveToBinWhereTheyWere() {
        NotesView page = new NotesView(harness.services.notes, harness.background, CLOCK, harness.currentCase);
        show(page);
        waitFor("#note-text");
        at1024By700();
        double[] before = places("note");
        type("#note-text", "Jordan texted to say the money would come on Friday.");
        press("#note-save");
        waitUntil("saved", () -> harness.services.notes.notes(harness.currentCase.get().id()).size() == 1);
        settle();
        assertFalse(interactAndGet(() -> lookup("#note-status").queryAs(Label.class).getText()).isEmpty(),
                "the page says the note is saved");
        assertSame(before, places("note"));
    }

    private void at1024By700() {
        interact(() -> {
            harness.stage().setWidth(1024 - 210);
            harness.stage().setHeight(700 - 90);
        });
        settle();
    }

    /** Save's, New's and Move to bin's places in the window: x and y of each. */
    private double[] places(String prefix) {
        double[] at = new double[6];
        int i = 0;
        for (String button : new String[] {"-save", "-new", "-bin"}) {
            Node node = lookup("#" + prefix + button).query();
            Bounds b = interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
            at[i++] = b.getMinX();
            at[i++] = b.getMinY();
        }
        return at;
    }

    private static void assertSame(double[] before, double[] after) {
        String[] names = {"Save x", "Save y", "New x", "New y", "Move to bin x", "Move to bin y"};
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 0.5, names[i] + " before and after the message");
        }
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
