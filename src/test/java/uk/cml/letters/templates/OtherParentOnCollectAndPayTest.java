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

    @Test
    void onDirectPayTheLetterStillAsksForWhatIsOwed() throws IOException {
        String text = toOtherParent(Arrangement.DIRECT_PAY);
        assertTrue(text.contains("Pay what you owe by "), text);
        assertTrue(text.contains(": by my records, £531.50."), text);
        assertFalse(text.contains("need not pay it again"), text);
    }
}
