package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The enforcement steps read in the order the CMS takes them. The third-party debt order (step 9) came in a later
 * migration, so its row is stored after steps 10 and 11: Where it stands listed "Enforcement step 9" last (reviewer).
 * The time limits keep their places.
 */
class FactsInStepOrderTest {

    private static CmsFact fact(String key) {
        return new CmsFact(key, key, "x", "", Optional.empty());
    }

    @Test
    void aStepAddedLaterReadsInItsPlace() {
        CmsFacts facts = new CmsFacts(List.of(fact("request.reply.working_days"), fact("step.CHARGING_ORDER"),
                fact("step.DISQUALIFICATION"), fact("step.COMMITTAL"), fact("complaint.reply.working_days"),
                fact("step.THIRD_PARTY_DEBT_ORDER"), fact("unknown.row")));

        assertEquals(List.of("request.reply.working_days", "step.CHARGING_ORDER", "step.THIRD_PARTY_DEBT_ORDER",
                "step.DISQUALIFICATION", "complaint.reply.working_days", "step.COMMITTAL", "unknown.row"),
                facts.all().stream().map(CmsFact::key).toList());
        assertEquals(List.of("Enforcement step 8", "Enforcement step 9", "Enforcement step 10",
                "Enforcement step 11"), facts.all().stream().filter(f -> f.key().startsWith("step."))
                .map(CmsFact::meaning).toList());
    }
}
