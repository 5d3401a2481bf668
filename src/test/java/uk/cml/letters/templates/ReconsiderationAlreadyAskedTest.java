package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reviewer rv7 had posted her reconsideration request on 3 Aug 2026 and logged it; "Ask the CMS to look again" opened
 * afterwards said nothing of it. The letter warns that this decision was already asked about, and to chase that
 * letter instead; a request logged for another decision says nothing.
 */
class ReconsiderationAlreadyAskedTest {

    private static List<String> warnings(LetterFacts facts) {
        return LetterTemplates.MANDATORY_RECONSIDERATION.draft(facts).warnings().stream().map(Warning::message)
                .toList();
    }

    @Test
    void aRequestPostedForTheSameDecisionIsNamedAndChased() {
        LetterFacts facts = Facts.complete(LetterTemplates.MANDATORY_RECONSIDERATION);
        LocalDate decided = facts.decision().orElseThrow().decisionDate();
        List<String> said = warnings(facts.toBuilder().reconsiderationsAsked(List.of(new ReconsiderationAsked(decided,
                LocalDate.of(2026, 8, 3), "1st class post"))).build());
        assertTrue(said.contains("You already asked the CMS to look again at this decision: your request was posted on "
                + "3 Aug 2026 (1st class post). Chase that letter instead of writing again: choose it on the Letters "
                + "page and click \"Chase this letter\"."), said.toString());
    }

    @Test
    void aRequestForAnotherDecisionSaysNothing() {
        LetterFacts facts = Facts.complete(LetterTemplates.MANDATORY_RECONSIDERATION);
        LocalDate decided = facts.decision().orElseThrow().decisionDate();
        List<String> said = warnings(facts.toBuilder().reconsiderationsAsked(List.of(new ReconsiderationAsked(
                decided.minusMonths(5), LocalDate.of(2026, 3, 3), "1st class post"))).build());
        assertFalse(said.stream().anyMatch(w -> w.contains("already asked")), said.toString());
    }
}
