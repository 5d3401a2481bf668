package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.ui.common.PlanFields;

/** Set-up's "What should be paid", worked without a window: the Payments page's rules and words, kept in the draft. */
class SetupPlanModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CaseDraft typed(String amount, String firstDue) {
        CaseDraft draft = new CaseDraft();
        draft.planAmount.set(amount);
        draft.planFirstDue.set(firstDue);
        return draft;
    }

    private static String amountProblem(String amount) {
        return typed(amount, "06/11/2026").planProblems(TODAY).get(PlanRules.AMOUNT);
    }

    private static String dateProblem(String date) {
        return typed("43.21", date).planProblems(TODAY).get(PlanRules.FIRST_DUE);
    }

    /** What the Payments page's plan form says of the same amount (it has "Maintenance stopped" to offer). */
    private static String planPageSays(String amount) {
        return PlanFields.problems(new PlanInput(amount, PaymentFrequency.WEEKLY, TODAY, false, "CMS letter"), false,
                TODAY, List.of(), Optional.empty()).get(PlanRules.AMOUNT);
    }

    /** A first due date long past: every payment since counts as missed until the parent adds what came. */
    @Test
    void aFirstDueDateLongAgoSaysToAddThePaymentsSince() {
        String words = "Next, add the payments you have received since then on the Payments page, or the app counts "
                + "them as missed.";
        assertEquals(Optional.of(words), typed("43.21", "06/09/2026").pastPaymentsHint(TODAY));
        assertEquals(Optional.of(words), typed("43.21", "1 Jan 2024").pastPaymentsHint(TODAY));
        // Found by a new-user walk-through: a weekly plan first due six weeks ago said nothing, though its six
        // payments counted as missed. Any payment already due counts as missed until added.
        assertEquals(Optional.of(words), typed("43.21", "22/09/2026").pastPaymentsHint(TODAY));
        assertEquals(Optional.of(words), typed("43.21", "06/11/2026").pastPaymentsHint(TODAY));
        assertEquals(Optional.of(words), typed("43.21", TODAY.minusDays(1).format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).pastPaymentsHint(TODAY));
        // Due today or later: nothing is missed yet.
        assertEquals(Optional.empty(), typed("43.21", TODAY.format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).pastPaymentsHint(TODAY));
        assertEquals(Optional.empty(), typed("43.21", "06/12/2026").pastPaymentsHint(TODAY));
        // Nothing typed, or not a date: no plan to speak of.
        assertEquals(Optional.empty(), new CaseDraft().pastPaymentsHint(TODAY));
        assertEquals(Optional.empty(), typed("43.21", "next Friday").pastPaymentsHint(TODAY));
    }

    @Test
    void nothingTypedMeansAddItLaterAndIsNotAProblem() {
        CaseDraft draft = new CaseDraft();
        assertEquals(Map.of(), draft.planProblems(TODAY));
        assertEquals(Optional.empty(), draft.toPlan());
    }

    @Test
    void badAmountsGetThePlanFormsMessages() {
        assertEquals("Use pounds and pence with no more than two numbers after the point, for example 43.21.",
                amountProblem("12.345"));
        assertEquals(planPageSays("12.345"), amountProblem("12.345"));
        assertEquals(planPageSays("10000000"), amountProblem("10000000"));
        assertTrue(amountProblem("10000000").startsWith("This is more than £"), amountProblem("10000000"));
        assertEquals("Enter the amount due each time, for example 43.21.", amountProblem(""));
        // Zero: the same message, but set-up has no "Maintenance stopped" choice, so it points to "I don't know yet".
        assertEquals("Enter an amount more than £0.00. If you don't know the amount yet, choose \"I don't know yet\" "
                + "below.", amountProblem("0"));
        assertEquals(amountProblem("0"), amountProblem("-5"));
        assertTrue(planPageSays("0").startsWith("Enter an amount more than £0.00."), planPageSays("0"));
    }

    @Test
    void badDatesGetThePlanFormsMessages() {
        assertEquals("That is not a date the app can read. Type it like 22/11/2026.", dateProblem("next Friday"));
        // 31/02/2026 is not a date either; beside the field FormGrid names it ("There is no such day as ...").
        assertEquals(dateProblem("next Friday"), dateProblem("31/02/2026"));
        assertEquals("This date is more than a year away. Check the year.", dateProblem("06/11/2030"));
        assertEquals("This date is before 1993. Check the year.", dateProblem("06/11/1990"));
        assertEquals("Enter the date the first payment under this plan was due.", dateProblem(""));
    }

    /**
     * Reviewer: the check page said "Taken from: CMS calculation letter" though the parent never said so; the source
     * was filled in from the arrangement. Now it is only what the parent typed, and may be left empty ("not given").
     */
    @Test
    void aGoodPlanTakesItsSourceOnlyFromWhatTheParentGave() {
        CaseDraft draft = typed("43.21", "6 Nov 2026");
        draft.planFrequency.set(PaymentFrequency.FOUR_WEEKLY);
        draft.arrangement.set(Arrangement.COLLECT_AND_PAY);
        assertEquals(Map.of(), draft.planProblems(TODAY), "no source is not a problem in set-up");
        assertEquals(Optional.of(new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.FOUR_WEEKLY,
                LocalDate.of(2026, 11, 6), "")), draft.toPlan(), "nothing made up for the parent");
        draft.arrangement.set(Arrangement.PRIVATE);
        assertEquals("", draft.toPlan().orElseThrow().source());
        draft.planSource.set("  CMS letter dated 3 Mar 2025 ");
        assertEquals(Map.of(), draft.planProblems(TODAY));
        assertEquals("CMS letter dated 3 Mar 2025", draft.toPlan().orElseThrow().source());
        assertEquals("CMS letter dated 3 Mar 2025", CaseDraft.restore(draft.save()).planSource.get().strip(),
                "kept when set-up is closed part way");
        draft.planSource.set("x".repeat(5_001));
        assertTrue(draft.planProblems(TODAY).containsKey(PlanRules.SOURCE), "a source too long is still refused");
    }

    @Test
    void closingSetUpPartWayKeepsWhatShouldBePaidAsTyped() {
        CaseDraft draft = typed("12.345", "31/02/2026");
        draft.planFrequency.set(PaymentFrequency.MONTHLY);

        CaseDraft again = CaseDraft.restore(draft.save());

        assertEquals("12.345", again.planAmount.get(), "kept exactly as typed, even when it is not right yet");
        assertEquals("31/02/2026", again.planFirstDue.get());
        assertEquals(PaymentFrequency.MONTHLY, again.planFrequency.get());
    }

    @Test
    void aDraftKeptBeforeThisStepExistedStartsWithNothingToPay() {
        CaseDraft old = CaseDraft.restore("myName=Sam Taylor\nchildren=1\n");
        assertEquals("Sam Taylor", old.myName.get());
        assertEquals(Optional.empty(), old.toPlan());
        assertEquals(null, old.planFrequency.get(), "how often is not chosen for the parent");
    }

    /**
     * "How often" used to start at Weekly: a parent who skimmed past it recorded a false schedule, and every arrears
     * figure and letter followed from it. Now it starts with no choice, and a plan without one is refused, with the
     * plan form's message for the field, never saved as weekly.
     */
    @Test
    void aNewPlanWithNoFrequencyChosenIsRefusedWithTheMessage() {
        CaseDraft draft = typed("43.21", "6 Nov 2026");
        draft.arrangement.set(Arrangement.DIRECT_PAY);
        assertEquals(null, draft.planFrequency.get(), "nothing chosen for the parent");
        assertEquals(Map.of(PlanRules.FREQUENCY, "Choose how often the money is due."), draft.planProblems(TODAY));

        draft.planFrequency.set(PaymentFrequency.MONTHLY);
        assertEquals(Map.of(), draft.planProblems(TODAY));
        assertEquals(PaymentFrequency.MONTHLY, draft.toPlan().orElseThrow().frequency());
    }

    /** Choosing how often is starting to say what should be paid: the amount and date are then asked for. */
    @Test
    void howOftenChosenAloneAsksForTheRest() {
        CaseDraft draft = new CaseDraft();
        draft.planFrequency.set(PaymentFrequency.FORTNIGHTLY);
        assertEquals(java.util.Set.of(PlanRules.AMOUNT, PlanRules.FIRST_DUE), draft.planProblems(TODAY).keySet());
    }

    /**
     * A draft kept before "how often" started empty said WEEKLY whether the parent chose it or not: that is asked
     * again; any other frequency was chosen, so it is kept. A draft kept now keeps "not chosen" as not chosen.
     */
    @Test
    void aWeeklyKeptBeforeTheChoiceStartedEmptyIsAskedAgain() {
        String typed = "planAmount=43.21\nplanFirstDue=6/11/2026\nchildren=1\n";
        assertEquals(null, CaseDraft.restore(typed + "planFrequency=WEEKLY\n").planFrequency.get());
        assertEquals(PaymentFrequency.MONTHLY,
                CaseDraft.restore(typed + "planFrequency=MONTHLY\n").planFrequency.get());
        CaseDraft unchosen = typed("43.21", "6/11/2026");
        assertEquals(null, CaseDraft.restore(unchosen.save()).planFrequency.get());
        unchosen.planFrequency.set(PaymentFrequency.WEEKLY);
        assertEquals(PaymentFrequency.WEEKLY, CaseDraft.restore(unchosen.save()).planFrequency.get(),
                "weekly chosen now is kept");
    }
}
