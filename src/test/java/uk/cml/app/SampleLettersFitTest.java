package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/**
 * Which complaint and missed-payment letters fit the two sample cases, read from their records as the writer reads
 * them ({@link LetterWiring#facts}): the reviewer's walk through the Collect and Pay sample, which has no complaint
 * and is in credit, and the Direct Pay sample, whose complaint has a reply and no final response.
 */
class SampleLettersFitTest {

    @TempDir
    Path data;

    private LetterFacts sample(boolean collectAndPay) {
        try (AppServices services = AppServices.open(data, LetterWiringTest.CLOCK)) {
            new SampleData(services, 3, 0, collectAndPay).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            return LetterWiring.facts(services, caseFile);
        }
    }

    @Test
    @DisplayName("Collect and Pay sample: no review, no ICE complaint, no letter to the other parent about missed"
            + " payments")
    void collectAndPay() {
        LetterFacts facts = sample(true);
        assertTrue(LetterTemplates.SENIOR_REVIEW.doesNotFit(facts).orElseThrow()
                .startsWith("You have no complaint logged"));
        assertTrue(LetterTemplates.ICE_COMPLAINT.doesNotFit(facts).orElseThrow()
                .startsWith("You have no complaint logged"));
        assertTrue(LetterTemplates.OTHER_PARENT.doesNotFit(facts).orElseThrow()
                .startsWith("By your records nothing is owed on"));
    }

    @Test
    @DisplayName("Direct Pay sample: the review of its complaint fits, ICE waits for the final response")
    void directPay() {
        LetterFacts facts = sample(false);
        assertEquals(Optional.empty(), LetterTemplates.SENIOR_REVIEW.doesNotFit(facts));
        assertEquals(Optional.empty(), LetterTemplates.OTHER_PARENT.doesNotFit(facts));
        assertTrue(LetterTemplates.ICE_COMPLAINT.doesNotFit(facts).orElseThrow()
                .startsWith("Your records hold no final response from the CMS to your complaint"));
    }
}
