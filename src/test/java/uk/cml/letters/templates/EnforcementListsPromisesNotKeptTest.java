package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;

/**
 * Found by a reviewer: the complaint letter lists each promise the CMS made on the parent's calls by a day now passed
 * and not marked kept ("My records do not show that it was done"), while the enforcement request, the letter that
 * asks the CMS to act, listed none. It now lists them by the same lines ({@link CmsReports#promiseLines}) and asks
 * whether they were done. Read back from the PDF.
 */
class EnforcementListsPromisesNotKeptTest {

    private static final String LINE = "10 Nov 2026: when I phoned you, Sam (Direct Pay arrears team) told me you would "
            + "do this by 12 Nov 2026: \u201cA caseworker would phone me back about the arrears.\u201d My records do not "
            + "show that it was done.";

    private static LetterFacts withPromise() {
        CmsReports.Promise promise = new CmsReports.Promise(LocalDate.of(2026, 11, 10), CallDirection.I_CALLED, "Sam",
                "Direct Pay arrears team", "A caseworker would phone me back about the arrears",
                LocalDate.of(2026, 11, 12));
        LetterFacts complete = Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST);
        return complete.toBuilder().reports(complete.reports().withPromises(List.of(promise))).build();
    }

    @Test
    @DisplayName("A promise not kept is listed under what has been tried, and the CMS is asked whether it was done")
    void listsThePromiseAsTheComplaintDoes() throws IOException {
        LetterFacts facts = withPromise();
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts).flat();
        assertTrue(text.contains("What has been tried, as far as I know"), text);
        assertTrue(text.contains("What you told me on my calls you would do, by a day now passed: \u2022 " + LINE), text);
        assertTrue(text.contains("Tell me whether what you told me on my calls you would do (listed below) has been "
                + "done, and if it has not, do it now."), text);
        // The same line, from the same code, as the complaint's "What went wrong" drafts it.
        DraftWriter w = new DraftWriter(LetterTemplates.ENFORCEMENT_REQUEST, facts);
        assertTrue(facts.reports().promiseLines(w).equals(List.of(LINE)), facts.reports().promiseLines(w).toString());
    }

    /**
     * The line as printed is the line the Overview and Where it stands look for in a posted letter (PromisesRaised):
     * the writer and the reader share its words, so a change to one cannot leave a raised promise to chase again.
     */
    @Test
    @DisplayName("The printed promise line is found again by the call's date and the promised day, and only so")
    void thePrintedLineIsFoundByItsCallAndDay() {
        LetterFacts facts = withPromise();
        List<String> printed = facts.reports().promiseLines(new DraftWriter(LetterTemplates.ENFORCEMENT_REQUEST, facts));
        assertTrue(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)));
        assertFalse(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 13)));
        assertFalse(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12)));
    }

    @Test
    @DisplayName("No promise on record: nothing said of one")
    void noPromiseNoLine() throws IOException {
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST,
                Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST)).flat();
        assertFalse(text.contains("My records do not show that it was done"), text);
        assertFalse(text.contains("on my calls you would do"), text);
    }
}
