package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * The check beside the CMS reference (set-up, the Case page, and set-up's Check your answers page), worked without a
 * window: a whole 12-digit reference that does not begin with 121, as CMS references do in practice, gets a gentle
 * word saying what they usually look like and to check the letter; the parent can keep it. Nothing is said of a
 * usual reference, a reference still being typed (the field's own message covers that) or a case the CMS is not in.
 */
class ReferenceCheckModelTest {

    private static CaseDraft draft(Arrangement arrangement, String typed) {
        CaseDraft draft = new CaseDraft();
        draft.arrangement.set(arrangement);
        draft.cmsReference.set(typed);
        return draft;
    }

    @Test
    void anUnusualReferenceIsQueriedGentlyAndKept() {
        CaseDraft draft = draft(Arrangement.DIRECT_PAY, "9999 8888 7777");
        String said = draft.referenceCheck().orElseThrow();
        assertTrue(said.contains("usually begin with 121"), said);
        assertTrue(said.contains("Check this one against your CMS letter"), said);
        assertTrue(said.contains("keep it"), "never a refusal: " + said);
        draft.otherName.set("Jordan Reed");
        draft.children.setAll(new CaseDraft.ChildDraft(0));
        draft.children.get(0).firstName.set("Mia");
        draft.children.get(0).dateOfBirth.set("01/02/2018");
        draft.feePercent.set("4");
        assertEquals("999988887777", draft.toCaseFile().cmsReference().orElseThrow().digits(), "kept as typed");
    }

    @Test
    void nothingIsSaidOfAUsualUnfinishedOrPrivateReference() {
        assertEquals(Optional.empty(), draft(Arrangement.DIRECT_PAY, "1212 3456 7890").referenceCheck());
        assertEquals(Optional.empty(), draft(Arrangement.COLLECT_AND_PAY, "1219 9999 0000").referenceCheck());
        assertEquals(Optional.empty(), draft(Arrangement.DIRECT_PAY, "9999 8888").referenceCheck());
        assertEquals(Optional.empty(), draft(Arrangement.DIRECT_PAY, "").referenceCheck());
        assertEquals(Optional.empty(), draft(Arrangement.PRIVATE, "9999 8888 7777").referenceCheck());
        assertEquals(Optional.empty(), draft(null, "9999 8888 7777").referenceCheck());
    }

    @Test
    void theCheckFollowsTheReferenceAsItIsTyped() {
        CaseDraft draft = draft(Arrangement.COLLECT_AND_PAY, "9999 8888 7777");
        assertTrue(draft.referenceCheck().isPresent());
        draft.cmsReference.set("1212 8888 7777");
        assertEquals(Optional.empty(), draft.referenceCheck(), "corrected: the check goes");
    }
}
