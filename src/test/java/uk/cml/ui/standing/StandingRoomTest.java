package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer playing a new parent: "Your complaint" showed six empty column headings above "No complaint
 * logged yet", an empty line sat under the page's top buttons, and about 40 px of nothing between the decision form
 * and its list (room kept for status lines that had never said anything).
 */
class StandingRoomTest extends WithAPage {

    private void open() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        interact(() -> harness.show(new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty())));
        waitFor("#standing-decision-add");
        settle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the work ends", () -> harness.background.running().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds placeOf(String id) {
        return interactAndGet(() -> {
            Node node = harness.stage().getScene().lookup(id);
            return node.localToScene(node.getLayoutBounds());
        });
    }

    @Test
    void withNoComplaintOnlyThePlainLineShows() {
        open();
        GridPane stages = lookup("#standing-stages").query();
        assertEquals(java.util.List.of("No complaint logged yet."), interactAndGet(() -> stages.getChildren().stream()
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList()));
    }

    @Test
    void linesThatHaveSaidNothingTakeNoRoomAndKeepItOnceTheyHave() {
        long caseId = harness.currentCase.get().id();
        long id = harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 3), "", Optional.empty()));
        open();
        String row = "#standing-decision-" + id + "-bin";
        double formToList = placeOf(row).getMinY() - placeOf("#standing-decision-add").getMaxY();
        assertTrue(formToList < 24, "the list starts " + formToList + " px under the decision form");
        double buttonsToNext = placeOf("#standing-stages").getMinY() - placeOf("#standing-save-ics").getMaxY();
        assertTrue(buttonsToNext < 56, "the complaint's table starts " + buttonsToNext + " px under the buttons");

        press(row);
        waitUntil("the line says what went", () -> !((Label) lookup("#standing-decision-binned").query()).getText()
                .isEmpty());
        settle();
        press("#standing-decision-binned-put-back");
        waitUntil("it is back", () -> harness.services.standing.decisions(caseId).size() == 1);
        settle();
        waitUntil("the line says nothing", () -> ((Label) harness.stage().getScene()
                .lookup("#standing-decision-binned")).getText().isEmpty());
        // Said once, the lines keep their room: their going moves nothing under the pointer.
        double after = placeOf(row).getMinY() - placeOf("#standing-decision-add").getMaxY();
        assertTrue(after > formToList + 20, "the binned line keeps its room (" + after + " px)");
        assertTrue(interactAndGet(() -> harness.stage().getScene().lookup("#standing-status").isManaged()),
                "the status line keeps its room");
    }
    /**
     * Seen in a real 1366 x 768 window: a calculation added, the yellow words about the payment plan showed under the
     * form; a write-off proposal added next, they went and left about 60 px of nothing between the form and its
     * list. Adding a decision changes the list under the form anyway, and the form itself (where the pointer is)
     * sits above the words: their room is given back. A later calculation says them again.
     */
    @Test
    void addingADecisionGivesBackTheRoomOfTheWordsAboutThePlan() {
        long caseId = harness.currentCase.get().id();
        long id = harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 3), "", Optional.empty()));
        open();
        String row = "#standing-decision-" + id + "-bin";
        double formToList = placeOf(row).getMinY() - placeOf("#standing-decision-add").getMaxY();

        addDecision(Decision.Kind.CALCULATION, "20/11/2026");
        Label prompt = lookup("#standing-plan-prompt").query();
        waitUntil("the words about the plan show", () -> interactAndGet(prompt::isVisible));
        addDecision(Decision.Kind.WRITE_OFF, "21/11/2026");
        waitUntil("both are added", () -> harness.services.standing.decisions(caseId).size() == 3);
        settle();
        assertTrue(!interactAndGet(prompt::isVisible), "the words about the plan went");
        double after = placeOf(row).getMinY() - placeOf("#standing-decision-add").getMaxY();
        assertEquals(formToList, after, 1, "no empty gap where the words about the plan were");

        addDecision(Decision.Kind.CALCULATION, "22/11/2026");
        waitUntil("a new calculation says them again", () -> interactAndGet(() -> prompt.isVisible()
                && lookup("#standing-plan-row").query().isManaged()));
    }

    private void addDecision(Decision.Kind kind, String dated) {
        javafx.scene.control.ComboBox<Decision.Kind> kinds = lookup("#standing-decision-kind").query();
        interact(() -> kinds.setValue(kind));
        type("#standing-decision-date", dated);
        press("#standing-decision-add");
        settle();
    }
}
