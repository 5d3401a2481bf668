package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * Found by a hand-working reviewer: "Where things stand" offered "Move to Collect and Pay" as a step on a case that has
 * been Collect and Pay from the start. The enforcement request reads the steps ticked there: a move ticked on such a
 * case would be told to the CMS as "You moved the case to Collect and Pay", which the case's own history contradicts.
 * The letter says a move to Collect and Pay only when the case was ever arranged otherwise before it.
 */
@DisplayName("The enforcement request says a move to Collect and Pay only for a case that could have moved")
class EnforcementStepsFitTheArrangementTest {

    private static final LetterTemplate REQUEST = LetterTemplates.ENFORCEMENT_REQUEST;
    private static final EnforcementDetails TICKED = new EnforcementDetails(null, "Acme Ltd", false, List.of(
            new EnforcementDetails.Tried(EnforcementDetails.Step.ARREARS_NOTICE, LocalDate.of(2026, 9, 20)),
            new EnforcementDetails.Tried(EnforcementDetails.Step.COLLECT_AND_PAY, LocalDate.of(2026, 10, 2))));

    private static String letter(ArrangementHistory history) throws Exception {
        LetterFacts complete = Facts.complete(REQUEST);
        LetterFacts.CaseDetails c = complete.caseDetails();
        LetterFacts facts = complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(),
                c.otherParentAddress(), c.cmsReference(), history, c.childrenFirstNames(), c.otherParentWork(),
                Optional.empty(), false)).enforcement(TICKED).build();
        return new ReadBack(REQUEST, Facts.addressed(REQUEST, facts)).flat();
    }

    @Test
    @DisplayName("Collect and Pay from the start: a ticked move is not told to the CMS; the other steps are")
    void collectAndPayFromTheStart() throws Exception {
        String text = letter(ArrangementHistory.since(Arrangement.COLLECT_AND_PAY));
        assertFalse(text.contains("moved the case to Collect and Pay"), text);
        assertTrue(text.contains("You sent an arrears notice (I heard of this on 20 Sep 2026)."), text);
    }

    @Test
    @DisplayName("moved from Direct Pay, or on Direct Pay still: the ticked move is said as the parent ticked it")
    void aCaseThatCouldMove() throws Exception {
        String moved = letter(ArrangementHistory.since(Arrangement.DIRECT_PAY).movedOn(LocalDate.of(2026, 10, 1),
                Arrangement.COLLECT_AND_PAY));
        assertTrue(moved.contains("You moved the case to Collect and Pay (I heard of this on 2 Oct 2026)."), moved);
        String direct = letter(ArrangementHistory.since(Arrangement.DIRECT_PAY));
        assertTrue(direct.contains("You moved the case to Collect and Pay (I heard of this on 2 Oct 2026)."),
                direct);
    }
}
