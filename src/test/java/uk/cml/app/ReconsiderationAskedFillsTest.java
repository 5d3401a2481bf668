package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.ReconsiderationAsked;

/**
 * Reviewer rv7: "Ask the CMS to look again", opened after her request for the decision was logged as posted, fell back
 * to "[the date on the decision letter]": only decisions still waiting for their request filled it. The one decision
 * asked about fills it now, and the request posted is passed on for the letter to warn of.
 */
class ReconsiderationAskedFillsTest {

    private static final Decision DECISION = new Decision(7, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 7, 10),
            "", Optional.empty());

    private static SentLetter request(Optional<LocalDate> posted) {
        return new SentLetter(3, 1, LocalDate.of(2026, 8, 3), posted,
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Mandatory reconsideration request to CMS", LetterKind.RECONSIDERATION_REQUEST, Optional.empty(),
                posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(7L), Optional.empty(), Optional.empty());
    }

    @Test
    void theDecisionAskedAboutFillsTheLetter() {
        List<SentLetter> sent = List.of(request(Optional.of(LocalDate.of(2026, 8, 3))));
        assertEquals(Optional.of(LocalDate.of(2026, 7, 10)), LetterWiring.decisionAsked(List.of(), List.of(DECISION),
                sent).map(DecisionDetails::decisionDate));
        assertEquals(List.of(new ReconsiderationAsked(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 3),
                "1st class post")), LetterWiring.reconsiderationsAsked(List.of(DECISION), sent));
    }

    @Test
    void aRequestNotPostedIsNotAnAsking() {
        List<SentLetter> sent = List.of(request(Optional.empty()));
        assertEquals(Optional.empty(), LetterWiring.decisionAsked(List.of(), List.of(DECISION), sent));
        assertEquals(List.of(), LetterWiring.reconsiderationsAsked(List.of(DECISION), sent));
    }
}
