package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;

/**
 * Found by a reviewer (rv8): the enforcement request asked "Tell me what has happened since 27 Nov 2026, the latest
 * news of enforcement I have" while a later call from the CMS's enforcement team (Mark, 30 Nov: a deduction from
 * earnings order being considered, to be decided by 14 Dec) was on record. The latest news is the latest from any
 * record, calls about enforcement too, and the call is named as the parent logged it. Read back from the PDF.
 */
class EnforcementLatestNewsTest {

    private static final EnforcementDetails.Tried NOTICE = new EnforcementDetails.Tried(
            EnforcementDetails.Step.ARREARS_NOTICE, LocalDate.of(2026, 11, 2));

    private static LetterFacts facts(List<EnforcementDetails.CallNews> calls) {
        return Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST).toBuilder()
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of(NOTICE)).withCalls(calls))
                .build();
    }

    @Test
    void aLaterCallAboutEnforcementIsTheLatestNews() throws IOException {
        EnforcementDetails.CallNews mark = new EnforcementDetails.CallNews(LocalDate.of(2026, 11, 16),
                CallDirection.CMS_CALLED, "Mark", "Enforcement",
                List.of(EnforcementDetails.Step.DEDUCTION_FROM_EARNINGS),
                "Decide whether to make a deduction from earnings order", LocalDate.of(2026, 11, 30));
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts(List.of(mark))).flat();
        assertFalse(text.contains("since 2 Nov 2026"), text);
        assertTrue(text.contains("Tell me what has happened since 16 Nov 2026, when you phoned me about a deduction "
                + "from earnings order and I understood from Mark (Enforcement team) that you would do this by "
                + "30 Nov 2026: Decide whether to make a deduction from earnings order. That is the latest news of "
                + "enforcement I have."), text);
        // The parent's note of the call, not quoted as the CMS's words (reviewer rv7).
        assertFalse(text.contains("\u201cDecide whether"), text);
    }

    @Test
    void aCallWithNoPromiseIsNamedByWhoAndWhat() throws IOException {
        EnforcementDetails.CallNews call = new EnforcementDetails.CallNews(LocalDate.of(2026, 11, 10),
                CallDirection.I_CALLED, "Ann", "Enforcement team", List.of(), "", null);
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts(List.of(call))).flat();
        assertTrue(text.contains("Tell me what has happened since 10 Nov 2026, when I phoned you and spoke to Ann "
                + "(Enforcement team). That is the latest news of enforcement I have."), text);
    }

    @Test
    void anEarlierCallLeavesTheLatestStepAsTheNews() throws IOException {
        EnforcementDetails.CallNews call = new EnforcementDetails.CallNews(LocalDate.of(2026, 10, 20),
                CallDirection.I_CALLED, "Ann", "Enforcement", List.of(), "", null);
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts(List.of(call))).flat();
        assertTrue(text.contains("Tell me what has happened since 2 Nov 2026, the latest news of enforcement I have "
                + "(listed below)."), text);
    }

    @Test
    void aCallAfterTheLetterDateIsNotNews() throws IOException {
        EnforcementDetails.CallNews call = new EnforcementDetails.CallNews(Facts.DATE.plusDays(1),
                CallDirection.I_CALLED, "Ann", "Enforcement", List.of(), "", null);
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts(List.of(call))).flat();
        assertTrue(text.contains("Tell me what has happened since 2 Nov 2026,"), text);
    }
}
