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
}
