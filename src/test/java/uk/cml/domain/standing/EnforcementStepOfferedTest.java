package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;

/** Only steps that can still happen for the case's arrangement are offered; a step ticked before is never hidden. */
class EnforcementStepOfferedTest {

    @Test
    void theMoveToCollectAndPayIsOfferedOnlyOnDirectPay() {
        assertTrue(EnforcementStep.offered(Arrangement.DIRECT_PAY, List.of()).contains(EnforcementStep.COLLECT_AND_PAY));
        assertFalse(EnforcementStep.offered(Arrangement.COLLECT_AND_PAY, List.of())
                .contains(EnforcementStep.COLLECT_AND_PAY));
        assertFalse(EnforcementStep.offered(Arrangement.PRIVATE, List.of()).contains(EnforcementStep.COLLECT_AND_PAY));
        assertEquals(EnforcementStep.values().length - 1, EnforcementStep.offered(Arrangement.COLLECT_AND_PAY,
                List.of()).size(), "every other step stays");
    }

    @Test
    void aStepTickedBeforeStaysSoItCanBeSeenAndUnticked() {
        List<EnforcementStep> offered = EnforcementStep.offered(Arrangement.COLLECT_AND_PAY,
                List.of(EnforcementStep.COLLECT_AND_PAY));
        assertEquals(List.of(EnforcementStep.values()), offered, "in the usual order");
    }

    /**
     * Under a private arrangement the CMS is not involved: it takes no step to collect, so none is offered to tick
     * (a reviewer saw all nine on "Where it stands" for a case set up as private). One ticked while the CMS had the
     * case stays, so it can be seen and unticked.
     */
    @Test
    void noCmsStepIsOfferedUnderAPrivateArrangement() {
        assertEquals(List.of(), EnforcementStep.offered(Arrangement.PRIVATE, List.of()));
        for (EnforcementStep step : EnforcementStep.values()) {
            assertFalse(step.canHappenUnder(Arrangement.PRIVATE), step.name());
        }
        assertEquals(List.of(EnforcementStep.ARREARS_NOTICE), EnforcementStep.offered(Arrangement.PRIVATE,
                List.of(EnforcementStep.ARREARS_NOTICE)));
    }

    /**
     * The steps "Where it stands" offers are cms-facts.md's, in its order: a reviewer found "third party debt order"
     * (after the charging order and order for sale, before disqualification) missing.
     */
    @Test
    void theStepsAreThoseOfCmsFactsInItsOrder() {
        assertEquals(List.of("Contact the paying parent", "Arrears notice", "Move to Collect and Pay",
                "Deduction from Earnings Order", "Deduction order from a bank or building society account",
                "Liability order (magistrates' court)", "Enforcement agents (bailiffs)",
                "Charging order and order for sale",
                "Third party debt order (money held for the paying parent, such as in a bank account, taken by court "
                        + "order)",
                "Disqualification from driving or holding a passport", "Committal to prison"),
                java.util.Arrays.stream(EnforcementStep.values()).map(EnforcementStep::label).toList());
    }
}
