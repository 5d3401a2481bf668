package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * Under Collect and Pay the parent sees only what the CMS passed on: the money may have been paid to the CMS, or taken
 * from the other parent's pay, and not passed on. So the letter to the other parent says what has not reached the
 * parent through the CMS, and asks it to be paid only if it has not been, never that the other parent owes it
 * (reviewer, rv6: "of what you owe, £616.39 is outstanding"). On Direct Pay the other parent pays the parent, so
 * "what you owe" is the parent's own knowledge and stays.
 */
class OtherParentOnCollectAndPayTest {

    private static String toOtherParent(Arrangement arrangement) throws IOException {
        return new ReadBack(LetterTemplates.OTHER_PARENT, Facts.complete(LetterTemplates.OTHER_PARENT, arrangement))
                .flat();
    }

    @Test
    void saysWhatHasNotReachedMeAndAsksForItOnlyIfNotPaid() throws IOException {
        String text = toOtherParent(Arrangement.COLLECT_AND_PAY);
        assertFalse(text.contains("of what you owe"), text);
        assertFalse(text.contains("anything you have not paid by"), text);
        assertTrue(text.contains("By my records, £531.50 of the maintenance due has not reached me through the Child "
                + "Maintenance Service"), text);
        assertTrue(text.contains("If you have paid it to the Child Maintenance Service, or it was taken from your "
                + "pay, you need not pay it again. If not, please pay it to the Child Maintenance Service by "), text);
        // Nor does the closing say there are arrears to collect from him: it may be the CMS that has the money.
        assertFalse(text.contains("collect the arrears from you"), text);
        assertTrue(text.contains("I will ask the Child Maintenance Service to find out what has happened to the "
                + "money and to collect anything you have not paid."), text);
    }

    /**
     * The annex's totals, to the other parent on Collect and Pay, with the 4% fee: what has not reached me through the
     * CMS and what reached me, not "£421.00 is owed ... £842.00 was paid" (words the letters to the CMS share, untrue
     * for this reader: the other parent pays the CMS, which may hold money paid to it). The figures are the dues',
     * before the fee, as the table of payments received says.
     */
    @Test
    void theAnnexSaysWhatHasNotReachedMeNotWhatIsOwedOrWasPaid() throws IOException {
        LetterFacts complete = Facts.complete(LettersClaimOnlyTheRecordsTest.collectAndPay());
        LetterFacts.CaseDetails c = complete.caseDetails();
        String text = new ReadBack(LetterTemplates.OTHER_PARENT, Facts.addressed(LetterTemplates.OTHER_PARENT,
                complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(),
                        c.otherParentAddress(), c.cmsReference(), Arrangement.COLLECT_AND_PAY,
                        c.childrenFirstNames())).build())).flat();
        assertFalse(text.contains("is owed"), text);
        assertFalse(text.contains("£842.00 was paid"), text);
        assertFalse(text.contains("The arrears have been owed"), text);
        assertTrue(text.contains("By my records: £421.00 of the maintenance due has not reached me through the Child "
                + "Maintenance Service. Since 1 Jun 2026, £1,263.00 fell due and £842.00 reached me, counted before "
                + "the CMS fee, so what had not reached me went from £0.00 to £421.00. What reached me has been short "
                + "without a break since the payment due on 1 Oct 2026."), text);
        assertTrue(text.contains("The first table below lists each payment due since 1 Jun 2026, what reached me "
                + "towards it, and what had not reached me at the end of the day before the next one was due"), text);
        // Reviewer rv10: the table headed its columns "Paid towards it" and "Owed before next due", words its intro
        // is careful not to use to this reader. Headed as the intro names them; the figures are the same.
        assertTrue(text.contains("Date due Due Reached me towards it, before the CMS fee Status Not reached me before next due"), text);
        assertFalse(text.contains("Paid towards it"), text);
        assertFalse(text.contains("Owed before next due"), text);
    }

    @Test
    void onDirectPayTheLetterStillAsksForWhatIsOwed() throws IOException {
        String text = toOtherParent(Arrangement.DIRECT_PAY);
        assertTrue(text.contains("Pay what you owe by "), text);
        assertTrue(text.contains(": by my records, £531.50."), text);
        assertFalse(text.contains("need not pay it again"), text);
        // On Direct Pay what is owed is the parent's own knowledge: the annex says so.
        assertTrue(text.contains("By my records: £531.50 is owed."), text);
    }
}
