package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;

/**
 * Found in review: a logged decision went to the bin by accident (its bin time written three times in 0.05 s), most
 * likely a space or Enter landing on a "Move to bin" button that had the keyboard after the list was rebuilt. Focus
 * now stays on the form, and what went to the bin is said beside the list with "Put it back".
 */
class DecisionBinSafetyTest extends WithAPage {

    private StandingView page() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
    }

    private long decision(long caseId, LocalDate dated) {
        return harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, dated, "",
                Optional.empty()));
    }

    /** Waits for the work a key or click started, and the page's reload after it, to end. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the work ends", () -> harness.background.running().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A control by id, shown or not (TestFX's lookup finds only those showing). Call on the JavaFX thread. */
    private Node node(String id) {
        return harness.stage().getScene().lookup(id);
    }

    private boolean focusOnABinButton() {
        return interactAndGet(() -> {
            Node owner = harness.stage().getScene().getFocusOwner();
            return owner != null && owner.getId() != null && owner.getId().endsWith("-bin");
        });
    }

    @Test
    void aDecisionMovedToTheBinIsSaidBesideTheListAndPutBack() {
        long caseId = harness.currentCase.get().id();
        long first = decision(caseId, LocalDate.of(2026, 11, 3));
        decision(caseId, LocalDate.of(2026, 11, 10));
        interact(() -> harness.show(page()));

        press("#standing-decision-" + first + "-bin");
        waitUntil("the line says what went", () -> "Moved to the bin: A calculation of maintenance, dated 3 Nov 2026"
                .equals(((Label) node("#standing-decision-binned")).getText()));
        assertEquals(1, harness.services.standing.decisions(caseId).size());

        press("#standing-decision-binned-put-back");
        waitUntil("it is back", () -> harness.services.standing.decisions(caseId).size() == 2);
        waitUntil("its row is back", () -> lookup("#standing-decision-" + first + "-bin").tryQuery().isPresent());
        waitUntil("the line goes", () -> !node("#standing-decision-binned-put-back").isVisible()
                && ((Label) node("#standing-decision-binned")).getText().isEmpty());
    }

    @Test
    void spaceAfterAddingADecisionBinsNothing() {
        long caseId = harness.currentCase.get().id();
        decision(caseId, LocalDate.of(2026, 11, 3));
        interact(() -> harness.show(page()));
        waitFor("#standing-decision-add");

        choose("#standing-decision-kind", Decision.Kind.CALCULATION);
        type("#standing-decision-date", "10/11/2026");
        press("#standing-decision-add");
        waitUntil("it is added", () -> harness.services.standing.decisions(caseId).size() == 2);
        settle();
        assertFalse(focusOnABinButton(), "the keyboard is never left on a Move to bin button");

        push(KeyCode.SPACE);
        settle();
        push(KeyCode.ENTER);
        settle();

        assertEquals(List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10)), harness.services.standing
                .decisions(caseId).stream().map(Decision::dated).sorted().toList(), "nothing binned, nothing added");
    }

    @Test
    void keysAndAnUnaimedClickAfterMovingOneToTheBinLeaveTheNextOneAlone() {
        long caseId = harness.currentCase.get().id();
        long first = decision(caseId, LocalDate.of(2026, 11, 3));
        long second = decision(caseId, LocalDate.of(2026, 11, 10));
        interact(() -> harness.show(page()));

        press("#standing-decision-" + first + "-bin");
        waitUntil("its row goes", () -> lookup("#standing-decision-" + first + "-bin").tryQuery().isEmpty());
        settle();
        assertFalse(focusOnABinButton(), "the keyboard is never left on the next row's Move to bin");

        push(KeyCode.ENTER);
        settle();
        // The next row slid up under a pointer that did not move: a click there (a double click's second) is no aim.
        interact(() -> {
            Node next = node("#standing-decision-" + second + "-bin");
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                javafx.event.Event.fireEvent(next, new MouseEvent(type, 5, 5, 5, 5, MouseButton.PRIMARY, 1, false,
                        false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null));
            }
        });
        settle();

        assertEquals(List.of(LocalDate.of(2026, 11, 10)), harness.services.standing.decisions(caseId).stream()
                .map(Decision::dated).toList(), "the other decision is still there");
    }
}
