package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * Under a private arrangement the CMS is not involved: no complaint about how it collects, no breakdown of arrears it
 * does not hold. Each could be made for a case set up as private. Nor a mandatory reconsideration: there is no CMS
 * decision to look at again until the CMS has the case, and then the Case page should say so (a reviewer saw it still
 * offered while the other two were marked as not fitting).
 * They are refused with what the parent can do instead; once the case has been with the CMS they are made as before.
 */
class PrivateArrangementLettersTest {

    private static final List<LetterTemplate> ABOUT_THE_CMS = List.of(LetterTemplates.COLLECTION_COMPLAINT,
            LetterTemplates.ARREARS_BREAKDOWN);

    private static LetterFacts facts(LetterTemplate template, ArrangementHistory history) {
        return LettersFollowTheArrangementTest.facts(template,
                LettersFollowTheArrangementTest.collectAndPayPassedOnLate(), history);
    }

    @Test
    void lettersAboutTheCmsDoNotFitACaseOnlyEverPrivate() {
        for (LetterTemplate template : ABOUT_THE_CMS) {
            Optional<String> why = template.doesNotFit(facts(template, ArrangementHistory.since(Arrangement.PRIVATE)));
            assertEquals(Optional.of("Your case is recorded as a private arrangement, so the CMS is not involved and "
                    + "this letter to it does not fit. To ask the other parent to pay, choose \""
                    + LetterTemplates.OTHER_PARENT.title() + "\". To have the CMS arrange maintenance from now on, "
                    + "contact it. If your case details are wrong, correct them on the Case page."), why,
                    template.key());
        }
    }

    @Test
    void theyStillFitACaseTheCmsHasHad() {
        ArrangementHistory left = ArrangementHistory.since(Arrangement.DIRECT_PAY)
                .movedOn(java.time.LocalDate.of(2026, 6, 1), Arrangement.PRIVATE);
        for (LetterTemplate template : ABOUT_THE_CMS) {
            assertTrue(template.doesNotFit(facts(template, left)).isEmpty(), template.key());
            assertTrue(template.doesNotFit(facts(template, ArrangementHistory.since(Arrangement.DIRECT_PAY)))
                    .isEmpty(), template.key());
        }
    }

    @Test
    void askingTheCmsToLookAgainAtADecisionDoesNotFitACaseOnlyEverPrivate() {
        LetterTemplate template = LetterTemplates.MANDATORY_RECONSIDERATION;
        assertEquals(Optional.of("Your case is recorded as a private arrangement, so there is no CMS decision to ask "
                + "it to look at again: the CMS makes decisions only once it has your case. If the CMS has your case "
                + "now, change how maintenance is arranged on the Case page first."),
                template.doesNotFit(facts(template, ArrangementHistory.since(Arrangement.PRIVATE))));
        ArrangementHistory left = ArrangementHistory.since(Arrangement.DIRECT_PAY)
                .movedOn(java.time.LocalDate.of(2026, 6, 1), Arrangement.PRIVATE);
        assertTrue(template.doesNotFit(facts(template, left)).isEmpty());
        assertTrue(template.doesNotFit(facts(template, ArrangementHistory.since(Arrangement.DIRECT_PAY))).isEmpty());
    }
}
