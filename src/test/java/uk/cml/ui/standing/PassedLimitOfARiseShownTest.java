package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;

/**
 * Where it stands, in a window: the passed limit to challenge the annual review of 10 Jul 2026 that raised the plan's
 * £412.36 a month is said plainly, in the hint's tone, under the dates to watch and under the decision; one that
 * lowered it keeps its alarm (red, "it has passed"). See {@link PassedLimitOfARiseModelTest}.
 */
class PassedLimitOfARiseShownTest extends WithAPage {

    private StandingView page() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.of(dataFolder.resolve("deadlines.ics")));
    }

    private long decided(String note) {
        long caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(412_36),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 10), "CMS calculation"));
        return harness.services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 7, 10), note, Optional.empty()));
    }

    private Label label(String id) {
        return (Label) waitFor(id);
    }

    @Test
    void aRiseIsSaidPlainlyWithNoAlarm() {
        long decision = decided("Annual review: £436.80 a month from 10 Aug 2026");
        show(page());
        for (String id : new String[] {"#standing-deadline-0-passed", "#standing-decision-" + decision + "-passed"}) {
            Label passed = label(id);
            assertEquals(PassedLimitOfARiseModelTest.QUIETLY, interactAndGet(passed::getText), id);
            assertTrue(passed.getStyleClass().contains("field-hint"), id + ": " + passed.getStyleClass());
            assertFalse(passed.getStyleClass().contains("field-error"), id + ": " + passed.getStyleClass());
        }
        Label next = label("#standing-next");
        waitUntil("What to do next is read", () -> PassedLimitOfARiseModelTest.QUIETLY.equals(
                interactAndGet(next::getText)));
    }

    @Test
    void aCutKeepsItsAlarm() {
        long decision = decided("Annual review: £380.00 a month from 10 Aug 2026");
        show(page());
        for (String id : new String[] {"#standing-deadline-0-passed", "#standing-decision-" + decision + "-passed"}) {
            Label passed = label(id);
            assertTrue(interactAndGet(passed::getText).startsWith("The limit was 10 Aug 2026, and it has passed."),
                    id);
            assertTrue(passed.getStyleClass().contains("field-error"), id + ": " + passed.getStyleClass());
        }
    }
}
