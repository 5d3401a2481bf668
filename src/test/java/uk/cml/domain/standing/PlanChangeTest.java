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

    /** The plan at £412.36 a month since 10 Jan 2026, and a decision of 10 Jul 2026 with these words. */
    private static PlanChange.Direction direction(String note) {
        return PlanChange.direction(new Decision(7, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 7, 10), note,
                Optional.empty()), java.util.List.of(new uk.cml.domain.arrears.PaymentPlan(1, Money.ofPence(412_36),
                uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 10), "CMS calculation")));
    }

    /**
     * Which way a decision moved the amount, against the plan before it: a passed limit to challenge a rise is said
     * plainly everywhere (StandingReport.passedQuietly). Anything the app cannot tell is never taken for a rise.
     */
    @Test
    void aDecisionIsSetAgainstThePlanBeforeItToSayWhichWayTheAmountMoved() {
        assertEquals(PlanChange.Direction.UP, direction("Annual review: £436.80 a month from 10 Aug 2026"));
        assertEquals(PlanChange.Direction.DOWN, direction("Annual review: £380.00 a month from 10 Aug 2026"));
        assertEquals(PlanChange.Direction.SAME, direction("Annual review: £412.36 a month from 10 Aug 2026"));
        assertEquals(PlanChange.Direction.SAME, direction("Annual review: the amount stays the same"));
        assertEquals(PlanChange.Direction.UNKNOWN, direction("Annual review"), "no amount named");
        assertEquals(PlanChange.Direction.UNKNOWN, direction("From £412.36 to £436.80 a month"), "two amounts named");
        // Said a week: set against the monthly plan a year at a time (£100.00 x 52 = £5,200.00 > £412.36 x 12).
        assertEquals(PlanChange.Direction.UP, direction("£100.00 a week from 10 Aug 2026"));
        assertEquals(PlanChange.Direction.DOWN, direction("£90.00 a week from 10 Aug 2026"));
        assertTrue(PlanChange.Direction.UP.raisedOrKept());
        assertTrue(PlanChange.Direction.SAME.raisedOrKept());
        assertFalse(PlanChange.Direction.DOWN.raisedOrKept());
        assertFalse(PlanChange.Direction.UNKNOWN.raisedOrKept());
    }

    /** The plan already has the new amount: the decision is set against the plan before that one. */
    @Test
    void aPlanThatAlreadyHasTheNewAmountIsNotTakenForTheOldOne() {
        java.util.List<uk.cml.domain.arrears.PaymentPlan> plans = java.util.List.of(
                new uk.cml.domain.arrears.PaymentPlan(1, Money.ofPence(412_36),
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 10), "CMS calculation"),
                new uk.cml.domain.arrears.PaymentPlan(2, Money.ofPence(380_00),
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 8, 10), "Annual review"));
        assertEquals(PlanChange.Direction.DOWN, PlanChange.direction(new Decision(7, 1, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 7, 10), "Annual review: £380.00 a month from 10 Aug 2026", Optional.empty()),
                plans));
        assertEquals(PlanChange.Direction.UNKNOWN, PlanChange.direction(new Decision(7, 1, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 7, 10), "£500.00", Optional.empty()), plans), "a refusal sets no amount");
    }
}
