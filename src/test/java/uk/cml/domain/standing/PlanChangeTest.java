package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * A new calculation logged on "Where it stands" left the payment plan on the old amount, so arrears went on being
 * worked out from it. What a decision means for the plan is read from the parent's words for it: only a calculation
 * sets the amount due, and the amount and start date are offered only where the words hold them.
 */
class PlanChangeTest {

    private static Decision decision(Decision.Kind kind, String note) {
        return new Decision(7, 1, kind, LocalDate.of(2026, 11, 27), note, Optional.empty());
    }

    @Test
    void aCalculationWithANewAmountAndStartDateGivesBoth() {
        PlanChange change = PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Change of circumstances: new amount £85.50 a week from 7 Dec 2026")).orElseThrow();
        assertEquals(Optional.of(Money.ofPence(85_50)), change.amount());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), change.startsOn());
        assertTrue(change.offered());
    }

    @Test
    void aDateWrittenWithSlashesAfterStartingIsRead() {
        PlanChange change = PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Annual review, £1,020 a month starting on 01/01/2027")).orElseThrow();
        assertEquals(Optional.of(Money.ofPence(1_020_00)), change.amount());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 1)), change.startsOn());
    }

    /** Seen in a real window: a keyboard with no pound sign, and a parent who writes none. */
    @Test
    void anAmountWrittenWithoutAPoundSignIsRead() {
        assertEquals(Optional.of(Money.ofPence(85_50)), PlanChange.after(decision(Decision.Kind.CALCULATION,
                "New amount 85.50 a week from 7 Dec 2026")).orElseThrow().amount());
        assertEquals(Optional.of(Money.ofPence(40_00)), PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Weekly rate of 40 pounds")).orElseThrow().amount());
        PlanChange dated = PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Annual review from 01.12.2026")).orElseThrow();
        assertEquals(Optional.empty(), dated.amount(), "a date is no amount");
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), dated.startsOn());
        assertEquals(Optional.empty(), PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Income of 31,200 a year")).orElseThrow().amount(), "only money said as money");
    }

    @Test
    void aCalculationWithNoAmountStillOffersThePlanWithNothingFilledIn() {
        PlanChange change = PlanChange.after(decision(Decision.Kind.CALCULATION, "")).orElseThrow();
        assertEquals(Optional.empty(), change.amount());
        assertEquals(Optional.empty(), change.startsOn());
        assertTrue(change.offered());
    }

    @Test
    void severalAmountsAreNotGuessedBetween() {
        PlanChange change = PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Reconsideration: up from £70.00 to £85.50 a week")).orElseThrow();
        assertEquals(Optional.empty(), change.amount(), "which is new is for the parent to say");
        assertTrue(change.offered());
    }

    @Test
    void anAmountThatStaysTheSameNeedsNoPlanChange() {
        PlanChange change = PlanChange.after(decision(Decision.Kind.CALCULATION,
                "Annual review: the weekly amount stays the same")).orElseThrow();
        assertTrue(change.sameAmount());
        assertFalse(change.offered());
    }

    @Test
    void aRefusalOrAWriteOffNeverChangesTheAmountDue() {
        assertEquals(Optional.empty(), PlanChange.after(decision(Decision.Kind.REFUSAL, "£85.50 a week")));
        assertEquals(Optional.empty(), PlanChange.after(decision(Decision.Kind.WRITE_OFF, "Write off £300")));
    }

    @Test
    void aDecisionIsNamedWithTheStartOfWhatItDecided() {
        assertEquals("A calculation of maintenance, dated 27 Nov 2026",
                decision(Decision.Kind.CALCULATION, "").title());
        assertEquals("A calculation of maintenance, dated 27 Nov 2026: Annual review: £85.50 a week",
                decision(Decision.Kind.CALCULATION, "Annual review: £85.50 a week").title());
        String longer = decision(Decision.Kind.REFUSAL, "The CMS will not change the calculation because it says "
                + "the income figure from HMRC is right and my evidence came too late to count").title();
        assertTrue(longer.startsWith("A refusal to make or change a calculation, dated 27 Nov 2026: The CMS will not"),
                longer);
        assertTrue(longer.endsWith("…"), longer);
        assertTrue(longer.length() < 140, longer);
    }
}
