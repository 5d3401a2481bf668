package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * Under Collect and Pay the parent's records show only what the CMS passed on, not what the other parent paid it. The
 * enforcement request and the complaint about collection say what has not reached the parent, that it may not have
 * been collected or may not have been passed on, and ask the CMS which; they never say the other parent owes it, nor
 * threaten a complaint "that enforcement is too slow" when the CMS may simply not have passed it on.
 */
class EnforcementOnCollectAndPayTest {

    private static LetterFacts facts(LetterTemplate template, Arrangement arrangement) {
        LetterFacts complete = Facts.complete(template);
        LetterFacts.CaseDetails c = complete.caseDetails();
        return Facts.addressed(template, complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(
                c.otherParentName(), c.otherParentAddress(), c.cmsReference(), arrangement, c.childrenFirstNames(),
                c.otherParentWork(), Optional.empty(), false))
                .choices(LetterChoices.NONE.withSayComplaint(true)).build()); // the parent chose to say what they will do
    }

    @Test
    void theEnforcementRequestSaysWhatHasNotReachedMeAndAsksWhichItIs() throws Exception {
        LetterTemplate request = LetterTemplates.ENFORCEMENT_REQUEST;
        String text = new ReadBack(request, facts(request, Arrangement.COLLECT_AND_PAY)).flat();
        assertTrue(text.contains("Child maintenance that has not reached me"), text);
        assertTrue(text.contains("to ask you to collect the child maintenance that has not reached me. By my "
                + "records, £531.50 of the maintenance due had not reached me by 22 Nov 2026."), text);
        assertTrue(text.contains("Under Collect and Pay I only see what you pass on to me, not what Jordan Reed pays "
                + "you. So I do not know whether the £531.50 was not collected from Jordan Reed, or was collected and "
                + "not passed on to me."), text);
        assertTrue(text.contains("Tell me whether you have collected the £531.50 from Jordan Reed. If you have, pass "
                + "it on to me."), text);
        assertTrue(text.contains("what you find and, if it was not collected, which step you will take, and when."),
                text);
        assertTrue(text.contains("I will make a formal complaint about the money that has not reached me."), text);
        assertFalse(text.contains("the arrears Jordan Reed owes"), text);
        assertFalse(text.contains("enforcement is too slow"), text);
    }

    @Test
    void onDirectPayTheRequestStillSaysWhatTheOtherParentOwes() throws Exception {
        LetterTemplate request = LetterTemplates.ENFORCEMENT_REQUEST;
        String text = new ReadBack(request, facts(request, Arrangement.DIRECT_PAY)).flat();
        assertTrue(text.contains("the arrears Jordan Reed owes, which by my records were £531.50"), text);
        assertFalse(text.contains("not passed on"), text);
    }

    @Test
    void theComplaintAboutCollectionSaysTheSame() throws Exception {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        String text = new ReadBack(complaint, facts(complaint, Arrangement.COLLECT_AND_PAY)).flat();
        assertTrue(text.contains("By my records, £531.50 of the child maintenance due to me had not reached me on "
                + "22 Nov 2026. I do not know whether it was not collected from Jordan Reed, or was collected and "
                + "not passed on to me."), text);
        assertFalse(text.contains("Jordan Reed owed £531.50"), text);
        String direct = new ReadBack(complaint, facts(complaint, Arrangement.DIRECT_PAY)).flat();
        assertTrue(direct.contains("By my records, Jordan Reed owed £531.50 in arrears on 22 Nov 2026."), direct);
    }
}
