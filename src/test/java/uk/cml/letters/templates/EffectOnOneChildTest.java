package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gap left for the effect on the children names one child as one child, as the rest of the letter does. */
class EffectOnOneChildTest {

    private static String complaint(List<String> children) throws IOException {
        LetterFacts complete = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT);
        LetterFacts.CaseDetails c = complete.caseDetails();
        LetterFacts facts = complete.toBuilder().effectOnChild(List.of())
                .caseDetails(new LetterFacts.CaseDetails(c.otherParentName(), c.otherParentAddress(),
                        c.cmsReference(), c.arrangements(), children, c.otherParentWork(), c.otherParentDiedOn(),
                        c.addressPrivate())).build();
        return new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, facts).flat();
    }

    @Test
    void oneChildIsAChild() throws IOException {
        String one = complaint(List.of("Mia"));
        assertTrue(one.contains("how the missing money affects your child]"), one);
        assertFalse(one.contains("your children]"), one);
        String two = complaint(List.of("Mia", "Leo"));
        assertTrue(two.contains("how the missing money affects your children]"), two);
    }
}
