package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;
import uk.cml.ui.shell.Destination;

/**
 * Found by a reviewer entering a case by hand (£45 a week from 7 Sep 2026): logging the CMS decision letter dated 30
 * Oct (a new calculation, £38.50 a week from 9 Nov) on the Letters page left the plan on £45 and nothing said to
 * change it, so arrears and letters overstated what was owed. Now the save says to add the new amount on the Payments
 * page, with a button opening the plan form (filled from the decision's words), and the Overview asks the same until the plan has a change from the
 * decision's date or the parent says the amount did not change. The decision's reconsideration limit, still open,
 * is on the Overview too (the form's hint says where the limit is shown).
 */
class DecisionAmountFlowTest extends WithAPage {

    private static final String TODO = "The CMS's decision of 30 Oct 2026 may change the amount. If it does, add the "
            + "new amount and the date it starts from to your payment plan.";

    /**
     * The plan form "Add the new amount" opens for the decision of 30 Oct 2026 ("£38.50 a week from 9 Nov 2026"): the
     * amount, the day it starts and how often filled from its words, for the parent to check and save (it opened
     * with the amount and date empty, to be typed again from the letter).
     */
    private static final Destination.PlanFromDecision FILLED = new Destination.PlanFromDecision(
            Optional.of(Money.ofPence(38_50)), Optional.of(LocalDate.of(2026, 11, 9)),
            Optional.of(PaymentFrequency.WEEKLY), "CMS decision letter dated 30 Oct 2026");

    private final List<Destination> went = new ArrayList<>();

    private long caseId() {
        return interactAndGet(() -> harness.currentCase.get().id());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Decision.Kind> kind() {
        return lookup("#received-decision").queryAs(ComboBox.class);
    }

    private String status() {
        Label status = lookup("#letters-status").queryAs(Label.class);
        return interactAndGet(status::getText);
    }

    /** The number of the Overview's to-do line with these words, if it is listed. */
    private Optional<String> todoNumber(String words) {
        return lookup(node -> node instanceof Labeled l && words.equals(l.getText()) && node.getId() != null
                && node.getId().startsWith("overview-todo-")).tryQuery()
                .map(Node::getId).map(id -> id.substring("overview-todo-".length()));
    }

    private List<String> todoTexts() {
        return lookup(node -> node instanceof Labeled && node.getId() != null
                && node.getId().startsWith("overview-todo-")).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    private long amendments(long decisionId) {
        return harness.services.database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM amendment WHERE record_table = "
                    + "'cms_decision' AND record_id = ?")) {
                s.setLong(1, decisionId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private OverviewView overview() {
        return new OverviewView(new OverviewModel(harness.services.payments, List.of(harness.services.payments,
                harness.services.standing, harness.services.decisionAmounts)), harness.background, CLOCK,
                harness.currentCase, went::add);
    }

    @Test
    void aCalculationLoggedFromItsLetterAsksForTheNewAmountUntilThePlanHasItOrTheParentSaysItDidNotChange() {
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPounds(45), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        LettersView page = LettersPages.open(harness, CLOCK, went::add);
        show(page);
        press("#letters-new-received");
        type("#received-on", "02/11/2026");
        type("#received-summary", "New calculation: £38.50 a week from 9 Nov 2026");
        interact(() -> kind().setValue(Decision.Kind.CALCULATION));
        type("#received-dated", "30/10/2026");
        press("#letters-save");
        waitUntil("the decision is saved", () -> harness.services.standing.decisions(caseId()).size() == 1);
        long decisionId = harness.services.standing.decisions(caseId()).get(0).id();
        waitUntil("the save says to add the new amount", () -> status().contains("It may change the amount. If it "
                + "does, add the new amount and the date it starts from to your payment plan on the Payments page."));
        assertTrue(status().contains("Where it stands shows the time limit"), status());
        press("#letters-plan-change");
        // Filled from the decision's words (£38.50 a week from 9 Nov 2026), for the parent to check; nothing saved.
        assertEquals(FILLED, went.get(went.size() - 1), "the plan form, filled from the decision");

        OverviewView overview = overview();
        show(overview);
        waitUntil("the Overview asks for the new amount", () -> todoNumber(TODO).isPresent());
        // The reconsideration limit (30 Nov, still open on 22 Nov) is on the Overview as well.
        assertTrue(todoTexts().stream().anyMatch(t -> t.contains("(a mandatory reconsideration). Limit Mon 30 Nov "
                + "2026: to be safe, post your letter 1st class by Thu 26 Nov 2026.")), () -> "the decision's limit is listed while open: "
                + todoTexts());
        String n = todoNumber(TODO).orElseThrow();
        press("#overview-todo-open-" + n);
        assertEquals(FILLED, went.get(went.size() - 1), "the Overview's button fills the form the same way");

        press("#overview-todo-dismiss-" + n);
        waitUntil("the to-do goes once the parent says the amount did not change", () -> todoNumber(TODO).isEmpty());
        assertEquals(Set.of(decisionId), harness.services.decisionAmounts.saidUnchanged(caseId()), "kept");
        assertEquals(1, amendments(decisionId), "the decision's earlier version is kept in its history");
    }

    @Test
    void theToDoGoesOnceThePlanHasAChangeFromTheDecisionsDate() {
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPounds(45), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        harness.services.standing.addDecision(new Decision(0, caseId(), Decision.Kind.CALCULATION,
                LocalDate.of(2026, 10, 30), "", Optional.empty()));
        OverviewView overview = overview();
        show(overview);
        waitUntil("the Overview asks for the new amount", () -> todoNumber(TODO).isPresent());
        // A decision whose words name no amount or date: the form opens with them empty, for the parent to type.
        press("#overview-todo-open-" + todoNumber(TODO).orElseThrow());
        assertEquals(new Destination.PlanFromDecision(Optional.empty(), Optional.empty(),
                "CMS decision letter dated 30 Oct 2026"), went.get(went.size() - 1));
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPence(3850), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "CMS decision letter dated 30 Oct 2026"));
        interact(overview::shown);
        waitUntil("the to-do goes once the plan has the new amount", () -> todoNumber(TODO).isEmpty());
    }
    /**
     * Found by a reviewer (Direct Pay, £210 a month, then £185.50 from 31 Oct 2026 after a decision dated 20 Oct): the
     * plan change was saved first, then the decision letter logged, and the Letters page still said "Until you do,
     * arrears are worked out from the old amount" and offered "Add the new amount". The plan already had it.
     */
    @Test
    void aCalculationLoggedAfterThePlanHasItsAmountSaysSoAndOffersNothing() {
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPounds(45), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPence(3850), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "CMS decision letter dated 30 Oct 2026"));
        LettersView page = LettersPages.open(harness, CLOCK, went::add);
        show(page);
        press("#letters-new-received");
        type("#received-on", "02/11/2026");
        type("#received-summary", "New calculation: £38.50 a week from 9 Nov 2026");
        interact(() -> kind().setValue(Decision.Kind.CALCULATION));
        type("#received-dated", "30/10/2026");
        press("#letters-save");
        waitUntil("the decision is saved", () -> harness.services.standing.decisions(caseId()).size() == 1);
        waitUntil("the save says what became of it", () -> status().contains("Where it stands shows the time limit"));
        assertTrue(status().contains("Your payment plan already has £38.50 weekly from 9 Nov 2026, so it needs no "
                + "change."), status());
        assertFalse(status().contains("Until you do"), status());
        assertFalse(status().contains("add the new amount"), status());
        assertFalse(interactAndGet(() -> lookup("#letters-plan-change").query().isVisible()),
                "no offer to add an amount the plan already has");
    }

    /** Logs the CMS letter of 30 Oct 2026 as a calculation, with these words, on the Letters page. */
    private void logCalculation(String summary) {
        LettersView page = LettersPages.open(harness, CLOCK, went::add);
        show(page);
        press("#letters-new-received");
        type("#received-on", "02/11/2026");
        type("#received-summary", summary);
        interact(() -> kind().setValue(Decision.Kind.CALCULATION));
        type("#received-dated", "30/10/2026");
        press("#letters-save");
        waitUntil("the decision is saved", () -> harness.services.standing.decisions(caseId()).size() == 1);
        waitUntil("the save says what became of it", () -> status().contains("Where it stands shows the time limit"));
    }

    /**
     * The Letters page took any plan change dated on or after the decision for the decision's amount: with £40.00 a
     * week from 9 Nov saved, a decision of £38.50 a week from 9 Nov was said to be in the plan already, and nothing
     * was offered. It now asks the one question Where it stands asks (PlanChange): does the plan in force on the
     * decision's first payment day have its amount?
     */
    @Test
    void aPlanChangeWithAnotherAmountIsNotTakenForTheDecisions() {
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPounds(45), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPounds(40), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "Typed from a phone call"));
        logCalculation("New calculation: £38.50 a week from 9 Nov 2026");
        assertFalse(status().contains("already"), status());
        assertTrue(status().contains("It may change the amount."), status());
        assertTrue(interactAndGet(() -> lookup("#letters-plan-change").query().isVisible()), "the offer is made");
    }

    /**
     * The other way round: the plan has had £38.50 a week since 5 Oct, before the decision's date, and the page said
     * "Until you do, arrears are worked out from the old amount" and offered a duplicate plan. Where it stands said
     * the plan already had it.
     */
    @Test
    void aPlanThatHadTheAmountBeforeTheDecisionsDateIsSaidToHaveIt() {
        harness.services.payments.savePlan(caseId(), new PaymentPlan(0, Money.ofPence(3850), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 10, 5), "CMS calculation"));
        logCalculation("New calculation: £38.50 a week from 9 Nov 2026");
        assertTrue(status().contains("Your payment plan already has £38.50 weekly from 5 Oct 2026, so it needs no "
                + "change."), status());
        assertFalse(status().contains("old amount"), status());
        assertFalse(interactAndGet(() -> lookup("#letters-plan-change").query().isVisible()), "no duplicate plan");
    }
}
