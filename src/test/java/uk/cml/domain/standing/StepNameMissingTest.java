package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.store.SeededFacts;

/**
 * An enforcement step's name is its row in the facts table, like every time limit: with the row gone (or blank) the
 * name is not made up from the app's own label but said to be missing, plainly.
 */
class StepNameMissingTest {

    private static CmsFacts without(String key) {
        return new CmsFacts(SeededFacts.published().all().stream().filter(f -> !f.key().equals(key)).toList());
    }

    @Test
    void theRowsNameIsUsed() {
        assertEquals("Liability order (magistrates' court)",
                SeededFacts.published().stepName(EnforcementStep.LIABILITY_ORDER));
    }

    @Test
    void aMissingRowIsAClearFailure() {
        CmsFacts facts = without("step.LIABILITY_ORDER");
        CmsFacts.MissingFact missing = assertThrows(CmsFacts.MissingFact.class,
                () -> facts.stepName(EnforcementStep.LIABILITY_ORDER));
        assertTrue(missing.getMessage().contains("step.LIABILITY_ORDER"), missing.getMessage());
        assertEquals(List.of(EnforcementStep.LIABILITY_ORDER), facts.missingSteps());
    }

    @Test
    void aBlankRowIsMissingToo() {
        List<CmsFact> rows = SeededFacts.published().all().stream().map(f -> f.key().equals("step.COMMITTAL")
                ? new CmsFact(f.key(), f.label(), " ", f.source(), f.lastChecked()) : f).toList();
        assertThrows(CmsFacts.MissingFact.class, () -> new CmsFacts(rows).stepName(EnforcementStep.COMMITTAL));
    }
}
