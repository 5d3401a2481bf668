package uk.cml.domain.todo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.PlanChange;

/**
 * A CMS calculation of maintenance may set a new amount, but the app never changes the payment plan itself: until
 * the plan has the new amount, arrears and letters are worked out from the old one. So each calculation newer than
 * the plan's latest change asks the parent to add the new amount and the date it starts from (its button opens the
 * plan form filled with what the decision's words say of them, for the parent to check and save). It is asked until the plan has a change dated on or after the decision's date, or
 * the parent says the amount did not change.
 */
public final class AmountAfterDecision {

    private AmountAfterDecision() {
    }

    /**
     * @param decisions      the case's decisions (not in the bin)
     * @param plans          the case's payment plans (not in the bin); with none, the Overview asks for the plan
     * @param saidUnchanged  the decisions the parent said did not change the amount
     */
    public static List<TodoItem> todos(List<Decision> decisions, List<PaymentPlan> plans, Set<Long> saidUnchanged) {
        if (plans.isEmpty()) {
            return List.of();
        }
        // With what the decision's words say of the new amount, so its button fills the plan form from them.
        return decisions.stream().filter(d -> waiting(d, plans, saidUnchanged))
                .map(d -> new TodoItem(d.dated(), Words.text("todo.decision.checkAmount",
                        UkFormats.shortDate(d.dated())), TodoKind.CHECK_AMOUNT_AFTER_DECISION, d.id(),
                        Optional.empty(), Optional.empty(), PlanChange.of(d, plans)))
                .toList();
    }

    /**
     * Whether {@code d} may have set an amount the plan does not have yet, by the one check Where it stands and the
     * Letters page make ({@link PlanChange#of}): words that name an amount are set against the plan in force when it
     * starts (a plan that already has it asks nothing, one changed since to another amount still asks); words that say
     * the amount stays the same ask nothing; words that name none ask until the plan has a change from the decision's
     * date. The Overview asked "may change the amount" of a decision whose amount the plan already had (reviewer rv5
     * saw it on Where it stands, fixed there; the Overview kept the older check).
     */
    public static boolean waiting(Decision d, List<PaymentPlan> plans, Set<Long> saidUnchanged) {
        if (d.kind() != Decision.Kind.CALCULATION || saidUnchanged.contains(d.id())) {
            return false;
        }
        Optional<PlanChange> change = PlanChange.of(d, plans);
        if (change.isPresent() && change.get().sameAmount()) {
            return false;
        }
        if (change.isPresent() && change.get().amount().isPresent()) {
            return change.get().inPlan().isEmpty();
        }
        return changeFrom(d.dated(), plans).isEmpty();
    }

    /**
     * The plan's first change dated on or after a decision dated {@code dated}: what the plan already has from then,
     * so nothing more is asked. The one rule for the Overview's to-do and for what the Letters page says when the
     * decision's letter is logged.
     */
    public static java.util.Optional<PaymentPlan> changeFrom(java.time.LocalDate dated, List<PaymentPlan> plans) {
        return plans.stream().filter(p -> !p.firstDue().isBefore(dated))
                .min(java.util.Comparator.comparing(PaymentPlan::firstDue));
    }
}
