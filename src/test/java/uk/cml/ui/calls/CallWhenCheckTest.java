package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/** A call logged when the CMS's lines are shut gets a question, and can still be saved. */
class CallWhenCheckTest extends WithAPage {

    @Test
    void aSundayCallIsQueriedButSaved() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-time");
        Label check = lookup("#call-when-check").query();
        // The test clock says Sunday 22 November 2026, 10:15: a new call starts then. The form filled that in by
        // itself, so nothing is asked of it until the parent types a time (the reviewer saw "Was this call at
        // 07:42?" on a form nobody had touched).
        type("#call-time", "10:05");
        waitUntil("the Sunday is queried", () -> check.isVisible() && check.getText().startsWith(
                "Was this call on Sunday?"));
        waitUntil("the hours come from the address book", () -> check.getText().contains(
                "Monday to Friday, 8am to 6pm"));

        interact(() -> lookup("#call-date").queryAs(javafx.scene.control.DatePicker.class).getEditor().clear());
        type("#call-date", "20/11/2026");
        waitUntil("a Friday morning is fine", () -> !check.isVisible());
        interact(() -> lookup("#call-time").queryTextInputControl().clear());
        type("#call-time", "19:30");
        waitUntil("the evening is queried", () -> check.isVisible()
                && check.getText().startsWith("Was this call at 19:30?"));

        type("#call-spoke-to", "Priya");
        type("#call-said", "Said a letter is on its way.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("it is saved anyway", () -> harness.services.calls.calls(harness.currentCase.get().id()).size()
                == 1);
        assertEquals(19, harness.services.calls.calls(harness.currentCase.get().id()).get(0).happenedAt().getHour());
        assertTrue(check.isVisible());
        // The page reloads the list and opens the saved call (which loads its history) before the window closes:
        // closing while that is under way refused the history's task now and then.
        javafx.scene.control.ListView<?> list = lookup("#call-list").queryAs(javafx.scene.control.ListView.class);
        waitUntil("the saved call is listed and open", () -> list.getItems().size() == 1);

        press("#call-new");
        waitUntil("a new form asks nothing of the time it filled in itself", () -> !check.isVisible()
                && "10:15".equals(text("#call-time")));
        type("#call-time", "10:15");
        assertTrue(!check.isVisible(), "the time as filled in, typed again, is still not asked about");
    }

    private CallsView open() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-time");
        return page;
    }

    /**
     * Found by a reviewer: a parent logging Friday's call on Sunday, the date left as the form filled it in, was
     * never asked "Was this call on Sunday?", the one call the question is for. Nothing is asked of a form nobody
     * has touched; once the parent types anything, the day as it stands is asked about.
     */
    @Test
    void aCallLoggedOnSundayWithTheDateLeftAsFilledInIsQueriedOnceTheParentTypes() {
        open();
        Label check = lookup("#call-when-check").query();
        assertTrue(!interactAndGet(check::isVisible), "nothing asked of a form nobody has touched");
        type("#call-spoke-to", "Priya");
        waitUntil("the Sunday is queried", () -> check.isVisible() && check.getText().startsWith(
                "Was this call on Sunday?"));
        type("#call-date", "20/11/2026");
        waitUntil("Friday morning is fine", () -> !check.isVisible());
    }

    /** Save pressed on a form nobody typed in (it is refused: nothing was said) asks about the Sunday too. */
    @Test
    void saveOnAnUntouchedSundayFormQueriesTheDay() {
        open();
        Label check = lookup("#call-when-check").query();
        press("#call-save");
        waitUntil("the Sunday is queried", () -> check.isVisible() && check.getText().startsWith(
                "Was this call on Sunday?"));
        assertEquals(0, harness.services.calls.calls(harness.currentCase.get().id()).size());
    }
}
