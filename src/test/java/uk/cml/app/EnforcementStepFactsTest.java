package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.EnforcementStep;

/**
 * Each enforcement step has its editable row in the facts table, numbered in cms-facts.md's order: the third party
 * debt order (added later) is step 9, and disqualification and committal follow it. Real records file.
 */
class EnforcementStepFactsTest {

    @TempDir
    Path folder;

    @Test
    void everyStepHasItsRowInOrder() {
        AppServices services = AppServices.open(folder.resolve("data"),
                Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneId.of("Europe/London")));
        try {
            CmsFacts facts = services.standing.facts();
            EnforcementStep[] steps = EnforcementStep.values();
            for (int i = 0; i < steps.length; i++) {
                String key = "step." + steps[i].name();
                var fact = facts.all().stream().filter(f -> f.key().equals(key)).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + key));
                assertEquals("Enforcement step " + (i + 1), fact.label(), key);
            }
            assertEquals("Third party debt order (money held for the paying parent, such as in a bank account, "
                    + "taken by court order)", facts.stepName(EnforcementStep.THIRD_PARTY_DEBT_ORDER));
        } finally {
            services.close();
        }
    }
}
