package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.standing.StandingModel;
import uk.cml.ui.standing.StandingView;

/**
 * A new calculation logged on "Where it stands" left the payment plan on the old amount, and arrears went on being
 * worked out from it. After Add the page now asks whether the new amount starts on a date, and "Change the plan"
 * opens the Payments page's plan form filled in from the decision: nothing is saved until the parent presses Save.
 * The decision form is then empty for the next one, as the app's other forms are after a save.
 */
class PlanFromDecisionTest extends WithAPage {

    final List<Destination> went = new ArrayList<>();

    private StandingView standing() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), went::add, owner -> Optional.empty());
    }

    @Test
    void aNewCalculationLeadsToThePlanFormFilledInAndNothingIsSavedUntilTheParentSaysSo() {
        long caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(70_00), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 2), "CMS letter dated 20 Oct 2026"));
        StandingView page = standing();
        show(page);
        waitFor("#standing-decision-note");
        ComboBox<Decision.Kind> kind = lookup("#standing-decision-kind").query();
        interact(() -> kind.setValue(Decision.Kind.CALCULATION));
        type("#standing-decision-date", "20/11/2026");
        type("#standing-decision-note", "Change of circumstances: £85.50 a week from 7 Dec 2026");
        press("#standing-decision-add");
        waitUntil("the decision is added", () -> harness.services.standing.decisions(caseId).size() == 1);

        Label prompt = waitFor("#standing-plan-prompt");
        waitUntil("the page asks about the plan", () -> interactAndGet(() -> prompt.isVisible()
                && prompt.getText().contains("£85.50 from 7 Dec 2026")));
        assertEquals("", text("#standing-decision-date"), "the form is empty for the next decision");
        assertEquals("", text("#standing-decision-note"));
        press("#standing-plan-change");
        waitUntil("the plan form is asked for", () -> went.size() == 1);
        waitUntil("the offer goes once taken", () -> !interactAndGet(prompt::isVisible));
        interact(page::shown); // back on the page later: the room kept for the words is given back
        assertTrue(!interactAndGet(() -> lookup("#standing-plan-row").query().isManaged()), "no empty gap");

        PaymentsView payments = PaymentsPages.open(harness);
        interact(() -> {
            harness.show(payments);
            payments.show(went.get(0));
        });
        TabPane tabs = waitFor("#payments-tabs");
        waitUntil("on the plans tab", () -> "tab-plans".equals(interactAndGet(() -> tabs.getSelectionModel()
                .getSelectedItem().getId())));
        waitUntil("the amount filled in", () -> "85.50".equals(text("#plan-amount")));
        assertEquals("7 Dec 2026", text("#plan-first-due"));
        assertEquals("CMS decision letter dated 20 Nov 2026", text("#plan-source"));
        assertEquals(1, harness.services.payments.records(caseId).plans().size(), "nothing saved yet");
        assertTrue(interactAndGet(payments::holdsUnsavedTyping), "closing the app would ask first");

        ComboBox<PaymentFrequency> often = lookup("#plan-frequency").query();
        interact(() -> often.setValue(PaymentFrequency.WEEKLY));
        press("#plan-save");
        waitUntil("saved once the parent says so", () -> harness.services.payments.records(caseId).plans().size() == 2);
        PaymentPlan saved = harness.services.payments.records(caseId).plans().get(1);
        assertEquals(Money.ofPence(85_50), saved.amount());
        assertEquals(LocalDate.of(2026, 12, 7), saved.firstDue());
    }

    /** Logs a calculation dated 20 Nov 2026 with these words, presses Change the plan and opens where it goes. */
    private PaymentsView changeThePlanFrom(String note) {
        long caseId = harness.currentCase.get().id();
        StandingView page = standing();
        show(page);
        waitFor("#standing-decision-note");
        ComboBox<Decision.Kind> kind = lookup("#standing-decision-kind").query();
        interact(() -> kind.setValue(Decision.Kind.CALCULATION));
        type("#standing-decision-date", "20/11/2026");
        type("#standing-decision-note", note);
        press("#standing-decision-add");
        waitUntil("the decision is added", () -> harness.services.standing.decisions(caseId).size() == 1);
        Label prompt = waitFor("#standing-plan-prompt");
        waitUntil("the page asks about the plan", () -> interactAndGet(prompt::isVisible));
        press("#standing-plan-change");
        waitUntil("the plan form is asked for", () -> went.size() == 1);
        PaymentsView payments = PaymentsPages.open(harness);
        interact(() -> {
            harness.show(payments);
            payments.show(went.get(0));
        });
        waitUntil("the amount filled in", () -> "85.50".equals(text("#plan-amount")));
        return payments;
    }

    private PaymentFrequency howOften() {
        ComboBox<PaymentFrequency> often = lookup("#plan-frequency").query();
        return interactAndGet(often::getValue);
    }

    /**
     * "Change the plan" filled the amount and the start from the decision but left How often empty, even when the
     * decision said it: "every 2 weeks" now fills Every 2 weeks (the plan it follows was monthly).
     */
    @Test
    void howOftenIsFilledWhenTheDecisionSaysIt() {
        long caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(300), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS letter dated 20 Aug 2026"));
        changeThePlanFrom("Change of circumstances: £85.50 every 2 weeks from 7 Dec 2026");
        assertEquals("7 Dec 2026", text("#plan-first-due"));
        waitUntil("how often is the decision's", () -> howOften() == PaymentFrequency.FORTNIGHTLY);
    }

    /** A decision that does not say how often leaves it as the plan it follows has it: monthly here. */
    @Test
    void howOftenStaysThePlansWhenTheDecisionDoesNotSayIt() {
        long caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(300), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS letter dated 20 Aug 2026"));
        changeThePlanFrom("Change of circumstances: £85.50 from 7 Dec 2026");
        waitUntil("how often is the current plan's", () -> howOften() == PaymentFrequency.MONTHLY);
    }
}
