package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * The "Payment plans" and "Adjustments" tabs ask before a half-typed plan or adjustment is cleared away, as the
 * payment form does (PaymentFormAsksBeforeLosingTest): "New plan" / "New adjustment" and choosing another row in the
 * table ask "Keep what I typed / Lose what I typed"; an untouched form is cleared without a question.
 */
class PlanAndAdjustmentFormsAskBeforeLosingTest extends WithAPage {

    PaymentsView page;

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 1), "Private agreement"));
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(50_00), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 15), "CMS letter 10 Nov 2026"));
        harness.services.payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 2),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(120_00), "CMS letter 2 Nov"));
        harness.services.payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 9),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(150_00), "CMS letter 9 Nov"));
        page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now:"));
    }

    private void showTab(String id) {
        chooseTab("#payments-tabs", id);
    }

    /** On the screen: taking its place, and neither it nor anything holding it hidden. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged();
        })).orElse(false);
    }

    /** "New ..." asks before emptying a half-typed form; Keep keeps every word, Lose empties it. */
    private void newAsks(String prefix, String typedIn, String typed, String otherField, String otherTyped) {
        press("#" + prefix + "-new");
        assertFalse(shown("#" + prefix + "-unsaved-question"), "an untouched form needs no question");

        type("#" + typedIn, typed);
        type("#" + otherField, otherTyped);
        press("#" + prefix + "-new");
        assertTrue(shown("#" + prefix + "-unsaved-question"), "asked first");
        assertFalse(shown("#" + prefix + "-save"), "the question takes the buttons' place");
        assertEquals(typed, text("#" + typedIn), "nothing lost while asked");

        press("#" + prefix + "-keep-typing");
        assertFalse(shown("#" + prefix + "-unsaved-question"));
        assertTrue(shown("#" + prefix + "-save"));
        assertEquals(typed, text("#" + typedIn));
        assertEquals(otherTyped, text("#" + otherField));

        press("#" + prefix + "-new");
        assertTrue(shown("#" + prefix + "-unsaved-question"), "asked again");
        press("#" + prefix + "-lose-typing");
        assertFalse(shown("#" + prefix + "-unsaved-question"));
        assertEquals("", text("#" + typedIn), "emptied only when the parent said so");
        assertEquals("", text("#" + otherField));
        press("#" + prefix + "-new");
        assertFalse(shown("#" + prefix + "-unsaved-question"), "an untouched form needs no question");
    }

    /** Choosing another row asks before losing changes to the one open; the table keeps the open one chosen. */
    private void choosingAnotherAsks(String tableId, String prefix, String amountId, String newest, String older) {
        TableView<?> table = lookup(tableId).query();
        waitUntil("both are listed", () -> interactAndGet(() -> table.getItems().size()) == 2);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the newest is open", () -> newest.equals(text(amountId)));
        interact(() -> table.getSelectionModel().select(1));
        waitUntil("an untouched one gives way without a question", () -> older.equals(text(amountId)));
        assertFalse(shown("#" + prefix + "-unsaved-question"));
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the newest is open again", () -> newest.equals(text(amountId)));
        type(amountId, "41.00");

        interact(() -> table.getSelectionModel().select(1));
        waitUntil("asked first", () -> shown("#" + prefix + "-unsaved-question"));
        assertEquals("41.00", text(amountId), "nothing lost while asked");
        waitUntil("the table still shows the one being corrected",
                () -> interactAndGet(() -> table.getSelectionModel().getSelectedIndex()) == 0);
        press("#" + prefix + "-keep-typing");
        assertFalse(shown("#" + prefix + "-unsaved-question"));
        assertEquals("41.00", text(amountId), "kept as typed");

        interact(() -> table.getSelectionModel().select(1));
        waitUntil("asked again", () -> shown("#" + prefix + "-unsaved-question"));
        press("#" + prefix + "-lose-typing");
        waitUntil("the one chosen is open", () -> older.equals(text(amountId)));
        assertFalse(shown("#" + prefix + "-unsaved-question"));
    }

    @Test
    void newPlanAsksBeforeEmptyingAHalfTypedPlan() {
        showTab("tab-plans");
        newAsks("plan", "plan-amount", "61.50", "plan-source", "CMS letter 1 Dec 2026");
    }

    @Test
    void choosingAnotherPlanAsksBeforeLosingChangesToThisOne() {
        showTab("tab-plans");
        choosingAnotherAsks("#plans-table", "plan", "#plan-amount", "50.00", "43.21");
        assertEquals(Money.ofPence(50_00), harness.services.payments.plans(caseId).stream()
                .filter(p -> p.firstDue().equals(LocalDate.of(2026, 11, 15))).findFirst().orElseThrow().amount(),
                "nothing saved");
    }

    @Test
    void newAdjustmentAsksBeforeEmptyingAHalfTypedAdjustment() {
        showTab("tab-adjustments");
        newAsks("adjustment", "adjustment-amount", "130.00", "adjustment-note", "CMS letter 1 Dec");
    }

    @Test
    void choosingAnotherAdjustmentAsksBeforeLosingChangesToThisOne() {
        showTab("tab-adjustments");
        choosingAnotherAsks("#adjustments-table", "adjustment", "#adjustment-amount", "150.00", "120.00");
        assertEquals(Money.ofPence(150_00), harness.services.payments.adjustments(caseId).stream()
                .filter(a -> a.date().equals(LocalDate.of(2026, 11, 9))).findFirst().orElseThrow().amount(),
                "nothing saved");
    }
}
