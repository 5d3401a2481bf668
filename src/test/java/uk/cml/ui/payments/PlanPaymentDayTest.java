package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * A new amount typed from the date a CMS letter gives (a Tuesday) rather than the payment day (Friday) is questioned
 * beside "First due on" before it is saved, with the Friday to use; typed in, it would move every later due to
 * Tuesdays, add a due and make every later payment look late.
 */
class PlanPaymentDayTest extends WithAPage {

    private static final String WARNING = "Payments have been due on Fridays. 1 Sep 2026 is a Tuesday. If the new "
            + "amount starts on 1 Sep 2026, the first payment at the new amount is due on Friday 4 Sep 2026. "
            + "To keep 1 Sep 2026, press Save plan again.";

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(42_50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 6, 5), "CMS calculation letter dated 20 May 2026"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now:"));
        chooseTab("#payments-tabs", "tab-plans");
        type("#plan-amount", "38.20");
        choose("#plan-frequency", PaymentFrequency.WEEKLY);
        type("#plan-first-due", "1/9/26");
        type("#plan-source", "CMS letter dated 20 Aug 2026");
        press("#plan-save");
    }

    private List<PaymentPlan> plans() {
        return harness.services.payments.plans(caseId);
    }

    /** On the screen: it and the note holding it take their place, and nothing holding it is hidden. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged() && node.getParent().isManaged();
        })).orElse(false);
    }

    private String label(String id) {
        return interactAndGet(() -> lookup(id).queryLabeled().getText());
    }

    @Test
    void theFridayOfferedIsSavedAsTheFirstDueAtTheNewAmount() {
        waitUntil("the question shows beside the date", () -> shown("#plan-first-due-warning"));
        assertEquals(WARNING, label("#plan-first-due-warning"));
        assertEquals("Use Fri 4 Sep 2026", label("#plan-first-due-use"));
        assertEquals(1, plans().size(), "nothing saved on the first press");

        press("#plan-first-due-use");
        assertEquals("4 Sep 2026", text("#plan-first-due"));
        assertFalse(shown("#plan-first-due-warning"), "the question goes once the date is changed");
        press("#plan-save");
        waitUntil("the new plan is saved", () -> plans().size() == 2);
        PaymentPlan saved = plans().stream().filter(p -> p.amount().equals(Money.ofPence(38_20))).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 4), saved.firstDue());
        assertEquals(PaymentFrequency.WEEKLY, saved.frequency());
        waitUntil("the form is fresh again", () -> text("#plan-amount").isEmpty());
        assertFalse(shown("#plan-first-due-warning"));
    }

    @Test
    void aSecondPressOfSaveKeepsTheDateAsTyped() {
        waitUntil("the question shows beside the date", () -> shown("#plan-first-due-warning"));
        assertTrue(interactAndGet(() -> lookup("#plan-first-due-use").queryAs(Button.class).isVisible()));
        press("#plan-save");
        waitUntil("the plan is saved as typed", () -> plans().size() == 2);
        assertTrue(plans().stream().anyMatch(p -> p.firstDue().equals(LocalDate.of(2026, 9, 1))));
    }
}
