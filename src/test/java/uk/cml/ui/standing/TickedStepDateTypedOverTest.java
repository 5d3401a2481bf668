package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer new to the app: ticking a step offers today's date in its field; they clicked the field and
 * typed "17/09/2026", and got "22 Nov 202617/09/20..." (the click put the caret in the offered date). The click that
 * follows the field being given focus chooses the whole date, so typing replaces it.
 */
class TickedStepDateTypedOverTest extends WithAPage {

    private static final String STEP = "#standing-step-collect-and-pay";

    @Test
    void theOfferedDateClickedIsTypedOver() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        show(new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty()));
        press(STEP);
        DatePicker heard = waitFor(STEP + "-date");
        waitUntil("today's date is offered", () -> !heard.getEditor().getText().isBlank());
        click(heard.getEditor());
        write("17/09/2026");
        assertEquals("17/09/2026", text(STEP + "-date"));
    }
}
