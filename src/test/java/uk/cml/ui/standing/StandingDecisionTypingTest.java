package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.WithAPage;

/**
 * A decision's date typed on one case stayed in the form when another case was chosen, and Add decision filed it
 * under that other case. The form is the case's on show: typing left on one case is set aside and put back when it
 * is shown again, and closing the app asks first while it waits.
 */
class StandingDecisionTypingTest extends WithAPage {

    private static final String DATE = "#standing-decision-date";

    @Test
    void aDecisionTypedOnOneCaseIsSetAsideWhileAnotherIsShown() {
        CaseFile first = harness.currentCase.get();
        CaseFile second = harness.anotherCase();
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        StandingView page = new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
        show(page);
        waitFor("#standing-step-arrears-notice");
        type(DATE, "20/11/2026");
        waitUntil("typing held", () -> interactAndGet(page::holdsUnsavedTyping));

        interact(() -> harness.currentCase.set(second));
        interact(page::shown);
        waitUntil("the other case's form is empty", () -> text(DATE).isEmpty());
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "the first case's typing still waits");

        interact(() -> harness.currentCase.set(first));
        interact(page::shown);
        waitUntil("put back on its own case", () -> "20/11/2026".equals(text(DATE)));
        assertEquals(first.id(), model.reportCase());
    }
}
