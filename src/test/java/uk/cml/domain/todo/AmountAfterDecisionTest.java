package uk.cml.domain.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;

/**
 * Found by a reviewer: a CMS calculation decision logged from its letter left the payment plan on the old amount
 * and nothing said to change it, so arrears (and letters) were worked out from £45 a week when the CMS had set
 * £38.50. The Overview asks the parent to add the new amount, never guessing it, until the plan has a change from
 * the decision's date or the parent says the amount did not change.
 */
class AmountAfterDecisionTest {

    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 9, 7);
    private static final LocalDate DATED = LocalDate.of(2026, 10, 30);
    private static final PaymentPlan WEEKLY_45 = new PaymentPlan(1, Money.ofPounds(45), PaymentFrequency.WEEKLY,
            FIRST_DUE, "");

    private static Decision decision(long id, Decision.Kind kind, LocalDate dated) {
        return new Decision(id, 1, kind, dated, "", Optional.empty(), Optional.of(5L));
    }

    @Test
    void aCalculationNewerThanThePlanAsksForTheNewAmountWithoutNamingOne() {
        List<TodoItem> todos = AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)),
                List.of(WEEKLY_45), Set.of());
        assertEquals(1, todos.size());
        TodoItem item = todos.get(0);
        assertEquals(TodoKind.CHECK_AMOUNT_AFTER_DECISION, item.kind());
        assertEquals(7, item.sourceId(), "it names the decision, so the parent can say the amount did not change");
        assertEquals(DATED, item.due());
        assertEquals("The CMS's decision of 30 Oct 2026 may change the amount. If it does, add the new amount and the "
                + "date it starts from to your payment plan.", item.what());
    }

    @Test
    void itGoesOnceThePlanChangesOnOrAfterTheDecisionsDate() {
        PaymentPlan newAmount = new PaymentPlan(2, Money.ofPence(3850), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "CMS decision letter dated 30 Oct 2026");
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)),
                List.of(WEEKLY_45, newAmount), Set.of()));
        PaymentPlan sameDay = new PaymentPlan(2, Money.ofPence(3850), PaymentFrequency.WEEKLY, DATED, "");
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)),
                List.of(WEEKLY_45, sameDay), Set.of()));
        PaymentPlan before = new PaymentPlan(2, Money.ofPence(3850), PaymentFrequency.WEEKLY, DATED.minusDays(1), "");
        assertEquals(1, AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)),
                List.of(WEEKLY_45, before), Set.of()).size(), "a change from before the decision is not its change");
    }

    @Test
    void itGoesOnceTheParentSaysTheAmountDidNotChange() {
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)),
                List.of(WEEKLY_45), Set.of(7L)));
    }

    @Test
    void aDecisionThePlanAlreadyStartsFromOtherKindsAndNoPlanAskNothing() {
        // The calculation the plan was first made from, dated before its first due.
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(decision(3, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 8, 20))), List.of(WEEKLY_45), Set.of()));
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(decision(8, Decision.Kind.REFUSAL, DATED),
                decision(9, Decision.Kind.WRITE_OFF, DATED)), List.of(WEEKLY_45), Set.of()),
                "a refusal or a write-off never sets the amount due");
        assertTrue(AmountAfterDecision.todos(List.of(decision(7, Decision.Kind.CALCULATION, DATED)), List.of(),
                Set.of()).isEmpty(), "with no plan the Overview asks for the plan itself");
    }

    private static Decision saying(String words) {
        return new Decision(7, 1, Decision.Kind.CALCULATION, DATED, words, Optional.empty(), Optional.of(5L));
    }

    /**
     * The Overview's to-do and Where it stands make one check: a decision whose words name the amount the plan
     * already has (in force when it starts), or say the amount stays the same, asks nothing; one whose amount the
     * plan does not have asks, even when the plan changed since to another amount.
     */
    @Test
    void theWordsAreSetAgainstThePlanAsWhereItStandsDoes() {
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(saying("£45.00 a week from 9 Nov 2026")),
                List.of(WEEKLY_45), Set.of()), "the plan already has £45 a week");
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(saying("The amount stays the same")),
                List.of(WEEKLY_45), Set.of()), "the words say the amount did not change");
        PaymentPlan other = new PaymentPlan(2, Money.ofPounds(40), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "");
        assertEquals(1, AmountAfterDecision.todos(List.of(saying("£38.50 a week from 9 Nov 2026")),
                List.of(WEEKLY_45, other), Set.of()).size(), "the plan has £40, not the decision's £38.50");
        PaymentPlan right = new PaymentPlan(2, Money.ofPence(3850), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "");
        assertEquals(List.of(), AmountAfterDecision.todos(List.of(saying("£38.50 a week from 9 Nov 2026")),
                List.of(WEEKLY_45, right), Set.of()));
    }
}
