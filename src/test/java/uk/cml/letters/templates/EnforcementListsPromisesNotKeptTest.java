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

    /**
     * The promise and its day are the parent's notes of the call (the day may be her own count of "10 working days"):
     * the line says what she understood, and does not quote her note as the CMS's words (reviewer 7).
     */
    private static final String LINE = "10 Nov 2026: when I phoned you, I understood from Sam (Direct Pay arrears team) "
            + "that you would do this by 12 Nov 2026: A caseworker would phone me back about the arrears. My records do "
            + "not show that it was done.";

    /** The line as letters printed it before: letters already posted keep these words. */
    private static final String OLD_LINE = "10 Nov 2026: when I phoned you, Sam (Direct Pay arrears team) told me you "
            + "would do this by 12 Nov 2026: \u201cA caseworker would phone me back about the arrears.\u201d My records "
            + "do not show that it was done.";

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
        assertTrue(text.contains("What I understood from my calls that you would do, by a day now passed: \u2022 "
                + LINE), text);
        assertTrue(text.contains("Tell me whether what I understood from my calls that you would do (listed below) "
                + "has been done, and if it has not, do it now."), text);
        assertFalse(text.contains("told me you would"), text);
        assertFalse(text.contains("\u201cA caseworker"), text);
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

    /** A letter posted before the words changed keeps its words: its line still raised the promise. */
    @Test
    @DisplayName("A line in the old words (\"told me you would do this by\") is found too, by the same call and day")
    void theOldWordsAreFoundToo() {
        List<String> printed = List.of("I am writing to make a formal complaint.", OLD_LINE);
        assertTrue(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)));
        assertFalse(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 13)));
        assertFalse(CmsReports.Promise.printedIn(printed, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12)));
    }

    /** A line with no name taken says what the parent understood, with no one named. */
    @Test
    @DisplayName("No name taken: \"when you phoned me, I understood that you would do this by ...\"")
    void noNameTaken() {
        CmsReports.Promise promise = new CmsReports.Promise(LocalDate.of(2026, 11, 10), CallDirection.CMS_CALLED, "",
                "", "send me the breakdown", LocalDate.of(2026, 11, 24));
        LetterFacts complete = Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST);
        LetterFacts facts = complete.toBuilder().reports(complete.reports().withPromises(List.of(promise))).build();
        List<String> lines = facts.reports().promiseLines(new DraftWriter(LetterTemplates.ENFORCEMENT_REQUEST, facts));
        assertTrue(lines.equals(List.of("10 Nov 2026: when you phoned me, I understood that you would do this by 24 Nov "
                + "2026: Send me the breakdown. My records do not show that it was done.")), lines.toString());
        assertTrue(CmsReports.Promise.printedIn(lines, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 24)));
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
