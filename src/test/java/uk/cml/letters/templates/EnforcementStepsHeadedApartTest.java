package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;

/**
 * Found by a reviewer (rv6): the enforcement request printed "You made a deduction from earnings order (I heard of
 * this on 17 Sep 2026)." as one more bullet under "What you told me on my calls you would do, by a day now passed:",
 * as if it were a broken call promise; and asked for a liability order "as the deductions have not cleared the
 * arrears", assumed, not read from the figures. The steps now have their own lead-in, and the reason says what the
 * records show of the arrears since the step. Read back from the PDF.
 */
class EnforcementStepsHeadedApartTest {

    private static final String PROMISES = "What I understood from my calls that you would do, by a day now passed:";
    private static final String STEPS = "What you have done so far to collect the arrears, as far as I know:";

    /** A deduction from earnings order heard of on 5 Sep 2026, and a promise from a call, not kept. */
    private static LetterFacts facts() {
        CmsReports.Promise promise = new CmsReports.Promise(LocalDate.of(2026, 11, 10), CallDirection.I_CALLED, "Sam",
                "Direct Pay arrears team", "A caseworker would phone me back about the arrears",
                LocalDate.of(2026, 11, 12));
        LetterFacts complete = Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST);
        return complete.toBuilder().reports(complete.reports().withPromises(List.of(promise)))
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of(new EnforcementDetails.Tried(
                        EnforcementDetails.Step.DEDUCTION_FROM_EARNINGS, LocalDate.of(2026, 9, 5))))).build();
    }

    @Test
    void theStepsAreNeverListedUnderTheCallPromises() throws IOException {
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts()).flat();
        String step = "You made a deduction from earnings order (I heard of this on 5 Sep 2026).";
        assertTrue(text.contains(STEPS + " \u2022 " + step), text);
        int promises = text.indexOf(PROMISES);
        int steps = text.indexOf(STEPS);
        assertTrue(promises >= 0 && steps > promises, text);
        assertFalse(text.substring(promises, steps).contains(step), text);
    }

    @Test
    void theReasonForALiabilityOrderIsReadFromTheFigures() throws IOException {
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts()).flat();
        assertFalse(text.contains("as the deductions have not cleared the arrears"), text);
        // 1 Sep part paid: £110.50 owed to 30 Sep; 1 Oct and 1 Nov missed: £531.50 on 22 Nov.
        assertTrue(text.contains("Apply to the magistrates' court for a liability order against Jordan Reed: since "
                + "I heard of the deduction from earnings order on 5 Sep 2026, the arrears have gone up, from £110.50 "
                + "on 30 Sep 2026 to £531.50 on 22 Nov 2026."), text);
    }

    @Test
    void withNoPromisesTheStepsStillHaveTheirLeadIn() throws IOException {
        LetterFacts facts = facts().toBuilder().reports(Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST).reports())
                .build();
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts).flat();
        assertFalse(text.contains(PROMISES), text);
        assertTrue(text.contains(STEPS + " \u2022 You made a deduction from earnings order"), text);
    }
}
