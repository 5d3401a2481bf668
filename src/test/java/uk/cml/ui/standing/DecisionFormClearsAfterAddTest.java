package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;

/**
 * After Add decision the note went and the date stayed, half a form left for the next decision. Now the form is
 * fresh, as the app's other forms are once a record is saved (the kind back to its first choice, no date, no note),
 * and nothing is left as typing waiting to be saved.
 */
class DecisionFormClearsAfterAddTest extends WithAPage {

    @Test
    void theFormIsFreshForTheNextDecision() {
        long caseId = harness.currentCase.get().id();
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        StandingView page = new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
        show(page);
        waitFor("#standing-decision-note");
        ComboBox<Decision.Kind> kind = lookup("#standing-decision-kind").query();
        interact(() -> kind.setValue(Decision.Kind.REFUSAL));
        type("#standing-decision-date", "10/11/2026");
        type("#standing-decision-note", "Will not change the calculation");
        press("#standing-decision-add");
        waitUntil("the decision is added", () -> harness.services.standing.decisions(caseId).size() == 1);

        waitUntil("the date goes with the note", () -> text("#standing-decision-date").isEmpty());
        // Seen in a real window: the date came back as the keyboard left it (the field's memory of the typing).
        press("#standing-decision-note");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text("#standing-decision-date"), "still empty once the keyboard has left it");
        assertFalse(interactAndGet(() -> lookup("#standing-decision-date")
                .queryAs(uk.cml.ui.common.UkDateField.class).typedDate().isPresent()), "no date to add again");
        assertEquals("", text("#standing-decision-note"));
        assertEquals(null, interactAndGet(kind::getValue), "no kind chosen for the next decision");
        assertFalse(interactAndGet(page::holdsUnsavedTyping), "nothing left as typing");
        assertEquals(Decision.Kind.REFUSAL, harness.services.standing.decisions(caseId).get(0).kind());
    }
}
