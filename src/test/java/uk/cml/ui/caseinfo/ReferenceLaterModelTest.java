package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A parent who does not have the CMS letter to hand says so and can finish (reviewer rv10): the reference is left
 * empty only by that choice, never silently; a typed reference is checked as before; the choice is kept with the
 * draft and read back from a saved case.
 */
class ReferenceLaterModelTest {

    private static CaseDraft draft(Arrangement arrangement, String typed) {
        CaseDraft draft = new CaseDraft();
        draft.arrangement.set(arrangement);
        draft.cmsReference.set(typed);
        draft.otherName.set("Jordan Reed");
        draft.children.get(0).firstName.set("Mia");
        draft.children.get(0).dateOfBirth.set("14/03/2015");
        return draft;
    }

    @Test
    void anEmptyReferenceIsRefusedUnlessTheParentSaysTheyWillAddItLater() {
        CaseDraft draft = draft(Arrangement.DIRECT_PAY, "");
        assertEquals(Optional.of("Enter the 12-digit reference from your CMS letter, or tick \"I don't have it to hand\" "
                + "to add it later."), draft.referenceProblem());
        draft.referenceLater.set(true);
        assertEquals(Optional.empty(), draft.referenceProblem());
        assertTrue(draft.referenceToAddLater());
        assertEquals(Optional.empty(), draft.toCaseFile().cmsReference(), "saved without a reference, as chosen");
        assertEquals(Arrangement.DIRECT_PAY, draft.toCaseFile().arrangement());
    }

    @Test
    void aTypedReferenceIsCheckedAsBefore() {
        CaseDraft draft = draft(Arrangement.COLLECT_AND_PAY, "1212 3456 789");
        assertTrue(draft.referenceProblem().orElseThrow().contains("12 digits long. You entered 11"));
        draft.cmsReference.set("1212 3456 7890");
        assertEquals(Optional.empty(), draft.referenceProblem());
        assertEquals("121234567890", draft.toCaseFile().cmsReference().orElseThrow().digits());
        assertFalse(draft.referenceToAddLater());
        assertEquals(Optional.empty(), draft(Arrangement.PRIVATE, "").referenceProblem(), "not asked without the CMS");
    }

    @Test
    void theChoiceIsKeptWithTheDraftAndReadBackFromTheSavedCase() {
        CaseDraft draft = draft(Arrangement.DIRECT_PAY, "");
        draft.referenceLater.set(true);
        assertTrue(CaseDraft.restore(draft.save()).referenceLater.get(), "kept when set-up is closed for now");
        assertFalse(CaseDraft.restore(draft(Arrangement.DIRECT_PAY, "").save()).referenceLater.get());
        assertTrue(CaseDraft.of(TestParents.samTaylor(), CaseFileBuilder.jordanReed().build().withId(4))
                .referenceLater.get(), "a CMS case saved without it: the box stays ticked on the Case page");
        assertFalse(CaseDraft.of(TestParents.samTaylor(), CaseFileBuilder.jordanReed().cmsReference("121234567890")
                .build().withId(4)).referenceLater.get());
    }
}
