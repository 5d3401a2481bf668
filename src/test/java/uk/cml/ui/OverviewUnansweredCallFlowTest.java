package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.testing.CaseFileBuilder;

/**
 * Reviewer's find: a call logged before "Did you tell them about missed payments on this call?" was asked counted as
 * not told, silently, and the question sat at the bottom of a long form. The Overview now asks for the answer, and
 * its button opens that call with the question in view (in a small window, 1024 x 700) and the keyboard on it.
 */
class OverviewUnansweredCallFlowTest extends WithTheApp {

    private static final String ASK = "Did you tell the CMS about missed payments on your call of 10 Nov 2026? "
            + "Answer on the Calls page so your letters can say so.";

    /** Monthly dues of £250 from 20 Sep, nothing paid, and a call of 10 Nov logged with no answer. */
    @BeforeEach
    void aCaseWithAnUnansweredCall() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(250_00), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            services.calls.save(new Call(0, caseId, LocalDate.of(2026, 11, 10).atTime(10, 0), CallDirection.I_CALLED,
                    "0800 171 2345", "Priya", "Arrears team", "", "I said Jordan has paid nothing since September.",
                    "", Optional.empty(), "Missed payments reported", Optional.empty(), false, false, null));
        });
        openTheApp();
        interact(() -> {
            window().setWidth(1024);
            window().setHeight(700);
        });
        waitFor("#overview-todos");
    }

    @Test
    // Was disabled: in full runs, after 95 classes in one JVM, the call was read before the form's scroll pane put
    // the question in the window, and SettledInView did nothing for a field in no window (fixed 5 Dec, flaky branch:
    // it now waits for the field to join the window; SettledInViewTest).
    void answerTheQuestionOpensTheCallWithTheQuestionInViewAndFocused() {
        int n = todoSaying(ASK);
        assertEquals("Answer the question", ((javafx.scene.control.Button) lookup("#overview-todo-open-" + n).query())
                .getText());
        press("#overview-todo-open-" + n);

        waitUntil("the call of 10 Nov is open", () -> text("#call-said").startsWith("I said Jordan"));
        ComboBox<?> question = lookup("#call-told-missed-payments").queryAs(ComboBox.class);
        waitUntil("the question is in view", () -> inView(question));
        // The scene's focus owner, not isFocused(), which also needs the window to hold the keyboard.
        waitUntil("the question has the keyboard", () -> interactAndGet(() -> question.getScene().getFocusOwner())
                == question);
        assertEquals(null, interactAndGet(question::getValue), "no answer chosen for the parent");
    }

    /** The index of the to-do reading {@code words}, once the list shows it. */
    private int todoSaying(String words) {
        int[] found = {-1};
        waitUntil("the to-do asking about the call", () -> {
            for (int i = 0; lookup("#overview-todo-" + i).tryQuery().isPresent(); i++) {
                if (((Label) lookup("#overview-todo-" + i).query()).getText().contains(words)) {
                    found[0] = i;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Whether the whole control is within the visible part of every scroll pane around it, and of the window. */
    private boolean inView(Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return false;
        }
        Bounds shown = node.localToScene(node.getBoundsInLocal());
        if (shown.getMinY() < 0 || shown.getMaxY() > node.getScene().getHeight()) {
            return false;
        }
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                if (shown.getMinY() < view.getMinY() || shown.getMaxY() > view.getMaxY()) {
                    return false;
                }
            }
        }
        assertTrue(shown.getHeight() > 0);
        return true;
    }
}
