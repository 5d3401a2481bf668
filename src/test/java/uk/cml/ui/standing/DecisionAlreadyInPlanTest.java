package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.PlanChange;
import uk.cml.ui.common.ModelCase;

/**
 * Reviewer rv5 (6 Dec 2026): the plan already had £61.00 weekly from Fri 13 Nov 2026 (entered as a plan change), and
 * the CMS decision of 2 Nov 2026 was then logged on Where it stands with the note "Annual review: 61.00 a week from
 * 13 Nov 2026". The page said "This decision sets a new amount: £61.00 from 13 Nov 2026. Your payment plan still has
 * the old amount..." and its button opened a duplicate plan. The plan in force from the decision's start is compared
 * with the decision's amount (and how often, when the words say): the offer is made only when they differ.
 */
class DecisionAlreadyInPlanTest {

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new StandingModel(records.services.standing, (caseId, today) -> java.util.List.of(),
                records.services.payments::plans, records.jobs, ModelCase.CLOCK, records.currentCase);
        records.choose();
        records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(57_50),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 7, 3), "CMS calculation letter dated 22 Jun 2026"));
        model.load();
    }

    @AfterEach
    void close() {
        records.close();
    }

    private void newAmountInThePlan() {
        records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(61_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 13), "CMS annual review letter dated 2 Nov 2026"));
    }

    private PlanChange added(String note) {
        model.addDecision(Decision.Kind.CALCULATION, Optional.of(LocalDate.of(2026, 11, 2)), note);
        return model.planChange().get().orElseThrow();
    }

    @Test
    void aDecisionWhoseAmountThePlanAlreadyHasOffersNoNewPlan() {
        newAmountInThePlan();
        PlanChange said = added("Annual review: 61.00 a week from 13 Nov 2026");

        assertFalse(said.offered(), "the plan has £61.00 weekly from 13 Nov 2026 already: no duplicate plan");
        String says = model.planChangeWords(said);
        assertFalse(says.contains("still has the old amount"), says);
        assertEquals("Your payment plan already has £61.00 weekly from 13 Nov 2026, so it needs no change.",
                says);
        assertEquals("Added. Its time limits are listed below.", model.status().text());
    }

    /** A start day between two Fridays: the plan's first Friday at the new amount is the one in force from it. */
    @Test
    void aStartBetweenPaymentDaysIsMetByThePlansFirstPaymentDayAfterIt() {
        newAmountInThePlan();
        assertFalse(added("Annual review: £61.00 a week from 10 Nov 2026").offered());
    }

    @Test
    void withNoStartDayAPlanChangeAfterTheDecisionWithItsAmountIsEnough() {
        newAmountInThePlan();
        assertFalse(added("Annual review: £61.00 a week").offered());
    }

    @Test
    void thePlanStillOnTheOldAmountIsStillOffered() {
        PlanChange said = added("Annual review: 61.00 a week from 13 Nov 2026");
        assertTrue(said.offered());
        assertTrue(model.planChangeWords(said).contains("still has the old amount"));
    }

    @Test
    void aDifferentAmountOrHowOftenFromThatDayIsStillOffered() {
        newAmountInThePlan();
        assertTrue(added("Annual review: £65.00 a week from 13 Nov 2026").offered(), "another amount");
        assertTrue(added("Annual review: £61.00 a month from 13 Nov 2026").offered(), "monthly, not weekly");
        assertTrue(added("Annual review: £61.00 a week from 6 Nov 2026").offered(),
                "on Fri 6 Nov the plan still has £57.50");
    }
}
