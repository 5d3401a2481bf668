package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;

/** The letter to the other parent, read back from its PDF, carries no trace of a private address. */
class AddressPrivacyLetterTest {

    /** Every part of the parent's contact details, as the other parent could read them. */
    static final List<String> MY_CONTACT_PARTS = List.of("14 Orchard Close", "Orchard", "Leeds", "LS6 2AB", "LS6",
            "07700 900123", "900123", "sam@example.com");

    private static LetterFacts facts(boolean addressPrivate, Optional<CmsReference> reference) {
        LetterFacts base = Facts.complete(OTHER_PARENT);
        LetterFacts.CaseDetails c = base.caseDetails();
        return base.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(), c.otherParentAddress(),
                reference, Arrangement.PRIVATE, c.childrenFirstNames(), addressPrivate)).build();
    }

    private static final LetterTemplate OTHER_PARENT = LetterTemplates.OTHER_PARENT;

    @Test
    void withTheAddressPrivateTheLetterSaysReplyThroughTheCmsAndNothingOfWhereIAm() throws Exception {
        ReadBack letter = new ReadBack(OTHER_PARENT, facts(true, Optional.of(new CmsReference("121234567890"))));
        String text = letter.flat();
        for (String part : MY_CONTACT_PARTS) {
            assertFalse(text.contains(part), part + " is in the letter: " + text);
        }
        assertTrue(text.contains("Sam Taylor"), "the parent's name stays");
        assertTrue(text.contains("Address withheld"), text);
        assertTrue(text.contains("Please reply through the Child Maintenance Service"), text);
        assertTrue(text.contains("CMS reference 1212 3456 7890"), text);
        assertTrue(text.contains("3 Mill Lane"), "the other parent's own address is still the recipient");
        // Nothing of where the parent is: so the letter never asks them to "contact me" directly.
        assertFalse(text.contains("contact me by"), text);
        assertTrue(text.contains("contact me through the Child Maintenance Service by"), text);
        assertTrue(OTHER_PARENT.draft(facts(true, Optional.empty())).missing().stream()
                .noneMatch(m -> m.field().equals("your address")), "no address is not a missing fact here");
    }

    @Test
    void withoutACmsReferenceTheLetterOnlySaysTheAddressIsWithheld() throws Exception {
        String text = new ReadBack(OTHER_PARENT, facts(true, Optional.empty())).flat();
        MY_CONTACT_PARTS.forEach(part -> assertFalse(text.contains(part), part + " is in the letter"));
        assertTrue(text.contains("Address withheld"), text);
        assertFalse(text.contains("reply through"), "no reference, so no promise the CMS will pass a reply on");
        assertTrue(OTHER_PARENT.draft(facts(true, Optional.empty())).warnings().stream()
                .anyMatch(w -> w.message().contains("no way to contact you")), "the parent is told the letter gives none");
        assertTrue(OTHER_PARENT.draft(facts(true, Optional.of(new CmsReference("121234567890")))).warnings().stream()
                .noneMatch(w -> w.message().contains("no way to contact you")), "through the CMS is a way");
    }

    /**
     * A Direct Pay case whose reference the parent will add later (reviewer rv10) is a CMS case: the warning says the
     * reference is what is missing, never "no CMS case", and the letter promises no reply through the CMS.
     */
    @Test
    void aCmsCaseWithoutItsReferenceYetIsNotCalledNoCmsCase() throws Exception {
        LetterFacts base = Facts.complete(OTHER_PARENT);
        LetterFacts.CaseDetails c = base.caseDetails();
        LetterFacts noReference = base.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(),
                c.otherParentAddress(), Optional.empty(), Arrangement.DIRECT_PAY, c.childrenFirstNames(), true)).build();
        String warned = String.join(" ", OTHER_PARENT.draft(noReference).warnings().stream()
                .map(w -> w.message()).toList());
        assertTrue(warned.contains("until your CMS reference is added on the Case page it cannot say to reply "
                + "through the CMS"), warned);
        assertFalse(warned.contains("no CMS case"), warned);
        String text = new ReadBack(OTHER_PARENT, noReference).flat();
        assertFalse(text.contains("reply through"), text);
        assertFalse(text.contains("[your 12-digit CMS reference]"), "the letter to the other parent needs none: " + text);
    }

    @Test
    void withTheSettingOffTheLetterCarriesTheAddressAsBefore() throws Exception {
        String text = new ReadBack(OTHER_PARENT, facts(false, Optional.of(new CmsReference("121234567890")))).flat();
        MY_CONTACT_PARTS.forEach(part -> assertTrue(text.contains(part), part + " is missing: " + text));
        assertFalse(text.contains("Address withheld"));
        assertTrue(text.contains("contact me by"), text);
    }

    @Test
    void lettersToTheCmsStillCarryTheAddressTheCmsNeeds() throws Exception {
        LetterFacts base = Facts.complete(LetterTemplates.MISSED_DIRECT_PAY);
        LetterFacts.CaseDetails c = base.caseDetails();
        LetterFacts privateCase = base.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(),
                c.otherParentAddress(), c.cmsReference(), c.arrangement(), c.childrenFirstNames(), true)).build();
        String text = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY, privateCase).flat();
        assertTrue(text.contains("14 Orchard Close") && text.contains("LS6 2AB"), text);
    }
}
