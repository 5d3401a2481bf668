package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.PlanChange;
import uk.cml.store.TableBin;
import uk.cml.ui.common.ModelCase;

/**
 * Found in review of "Where it stands": a new calculation was logged and the payment plan stayed on the old amount
 * (arrears worked out from it) with no word about it; "Moved to the bin ... Put it back" stayed after the decision
 * was put back from the Bin page; and the Bin listed a decision by its kind and date alone.
 */
class DecisionPlanChangeModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new StandingModel(records.services.standing, records.jobs, ModelCase.CLOCK, records.currentCase);
        records.choose();
        model.load();
    }

    @AfterEach
    void close() {
        records.close();
    }

    private Decision added(Decision.Kind kind, String note) {
        model.addDecision(kind, Optional.of(LocalDate.of(2026, 11, 20)), note);
        return records.services.standing.decisions(records.caseId).stream()
                .max(java.util.Comparator.comparingLong(Decision::id)).orElseThrow();
    }

    @Test
    void aNewCalculationOffersThePlanChangeWithItsAmountAndDateAndSavesNothing() {
        Decision decision = added(Decision.Kind.CALCULATION, "New amount £85.50 a week from 7 Dec 2026");

        PlanChange offered = model.planChange().get().orElseThrow();
        assertEquals(decision.id(), offered.decision().id());
        assertEquals(Optional.of(Money.ofPence(85_50)), offered.amount());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 7)), offered.startsOn());
        String says = model.planChangeWords(offered);
        assertTrue(says.contains("£85.50 from 7 Dec 2026"), says);
        assertTrue(says.contains("Nothing changes until you save it"), says);
        assertEquals(List.of(), records.services.payments.records(records.caseId).plans(),
                "no plan is saved without the parent");
    }

    /**
     * Reviewer's find: at 1366x768 the prompt to change the plan was below the fold, and the status line said only
     * "Added. Its time limits are listed below.", so the arrears stayed worked out from the old amount. The status line
     * itself says the amount due may change and where to change the plan; a decision that cannot does not say so.
     */
    @Test
    void theStatusLineSaysACalculationMayChangeThePlan() {
        added(Decision.Kind.CALCULATION, "New amount £85.50 a week from 7 Dec 2026");
        assertEquals("Added. This calculation may change the amount due: see below the form to change the payment "
                + "plan. Its time limits are listed below too.", model.status().text());
        added(Decision.Kind.CALCULATION, "Annual review: the weekly amount stays the same");
        assertEquals("Added. Its time limits are listed below.", model.status().text());
        added(Decision.Kind.REFUSAL, "Will not change the calculation");
        assertEquals("Added. Its time limits are listed below.", model.status().text());
    }

    @Test
    void aCalculationWithNoAmountAsksWhetherANewAmountStartsOnADate() {
        added(Decision.Kind.CALCULATION, "");

        PlanChange offered = model.planChange().get().orElseThrow();
        assertTrue(offered.offered());
        String says = model.planChangeWords(offered);
        assertTrue(says.startsWith("Does a new amount start on a date?"), says);
    }

    @Test
    void anAmountKeptTheSameSaysThePlanNeedsNoChange() {
        added(Decision.Kind.CALCULATION, "Annual review: the weekly amount stays the same");

        PlanChange said = model.planChange().get().orElseThrow();
        assertFalse(said.offered());
        assertEquals("This decision keeps the amount the same, so your payment plan needs no change.",
                model.planChangeWords(said));
    }

    @Test
    void aRefusalOrAWriteOffOffersNoPlanChangeAndTheNextActionTakesTheOfferAway() {
        added(Decision.Kind.CALCULATION, "£90 a week");
        assertTrue(model.planChange().get().isPresent());

        added(Decision.Kind.REFUSAL, "Will not change the calculation");
        assertEquals(Optional.empty(), model.planChange().get(), "a refusal leaves the amount as it was");

        added(Decision.Kind.CALCULATION, "£90 a week");
        added(Decision.Kind.WRITE_OFF, "Write off £300 of the arrears");
        assertEquals(Optional.empty(), model.planChange().get(), "a write-off changes what is owed, not what is due");

        added(Decision.Kind.CALCULATION, "£90 a week");
        model.planChangeTaken();
        assertEquals(Optional.empty(), model.planChange().get(), "gone once the parent has gone to change the plan");
    }

    /** The line beside the list offered to put back what the Bin page had already put back. */
    @Test
    void theBinnedLineGoesOnceTheBinPageHasPutTheDecisionBack() {
        Decision decision = added(Decision.Kind.CALCULATION, "Annual review");
        model.binDecision(decision);
        assertTrue(model.justBinned().canPutBack());

        BinSource bin = TableBin.forDecisions(records.services.database, records.services.standing);
        bin.restore(decision.id()); // as the Bin page does
        model.load(); // the page shown again

        assertEquals("", model.justBinned().text());
        assertFalse(model.justBinned().canPutBack());
    }

    @Test
    void theBinnedLineStaysWhileTheDecisionIsStillInTheBin() {
        Decision decision = added(Decision.Kind.CALCULATION, "Annual review");
        model.binDecision(decision);
        model.load();
        assertTrue(model.justBinned().canPutBack());
    }

    @Test
    void theBinSaysWhatTheDecisionDecided() {
        Decision decision = added(Decision.Kind.CALCULATION, "Change of circumstances: £85.50 a week");
        model.binDecision(decision);

        List<BinnedItem> binned = TableBin.forDecisions(records.services.database, records.services.standing)
                .binned(records.caseId);
        assertEquals(1, binned.size());
        assertEquals("A calculation of maintenance, dated 20 Nov 2026: Change of circumstances: £85.50 a week",
                binned.get(0).title());
        assertEquals("Moved to the bin: A calculation of maintenance, dated 20 Nov 2026: Change of circumstances: "
                + "£85.50 a week", model.justBinned().text());
    }
}
