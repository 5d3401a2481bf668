package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A letter goes only where it fits: a letter to the CMS never to the other parent, theirs never to the CMS. And if one
 * does reach the other parent anyway, its PDF carries no National Insurance number and, with the case's address
 * privacy on, no address: the reviewer's breakdown request sent to Jordan printed both.
 */
class RecipientFitTest {

    static final LetterFacts.Contact JORDAN = new LetterFacts.Contact("Jordan Reed",
            List.of("3 Mill Lane", "Bradford", "BD1 4QT"));
    static final Optional<RecipientRole> OTHER = Optional.of(RecipientRole.OTHER_PARENT);
    static final Optional<RecipientRole> GENERAL = Optional.of(RecipientRole.CMS_GENERAL);
    static final Optional<RecipientRole> COLLECTION = Optional.of(RecipientRole.CMS_COLLECTION);
    static final Optional<RecipientRole> ICE = Optional.of(RecipientRole.ICE);

    private static LetterFacts privacy(LetterFacts facts, boolean on) {
        LetterFacts.CaseDetails c = facts.caseDetails();
        return facts.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(), c.otherParentAddress(),
                c.cmsReference(), c.arrangements(), c.childrenFirstNames(), c.otherParentWork(),
                c.otherParentDiedOn(), on)).build();
    }

    @Test
    void aLetterToTheCmsFitsCmsAddressesOnly() {
        LetterTemplate breakdown = LetterTemplates.ARREARS_BREAKDOWN;
        LetterFacts facts = Facts.complete(breakdown);
        assertTrue(RecipientFit.fits(breakdown, facts, GENERAL, Facts.CMS_GENERAL));
        assertTrue(RecipientFit.fits(breakdown, facts, COLLECTION, Facts.CMS_COLLECTION));
        assertFalse(RecipientFit.fits(breakdown, facts, OTHER, JORDAN), "never the other parent");
        assertFalse(RecipientFit.fits(breakdown, facts, ICE, Facts.ICE), "ICE is not the CMS");
        assertTrue(RecipientFit.fits(breakdown, facts, Optional.empty(),
                new LetterFacts.Contact("CMS Complaints", List.of("PO Box 1", "Leeds", "LS1 1AA"))),
                "an address the parent added may be a CMS one");
        assertFalse(RecipientFit.fits(breakdown, facts, Optional.empty(), JORDAN),
                "the other parent's address added to the address book is still theirs");
        assertFalse(RecipientFit.fits(breakdown, facts, Optional.empty(),
                new LetterFacts.Contact("jordan reed", List.of("12 New Road", "Leeds"))), "nor at another address");
    }

    @Test
    void theLetterToTheOtherParentFitsTheOtherParentOnly() {
        LetterTemplate toThem = LetterTemplates.OTHER_PARENT;
        LetterFacts facts = Facts.complete(toThem);
        assertTrue(RecipientFit.fits(toThem, facts, OTHER, JORDAN));
        assertFalse(RecipientFit.fits(toThem, facts, GENERAL, Facts.CMS_GENERAL));
        assertFalse(RecipientFit.fits(toThem, facts, COLLECTION, Facts.CMS_COLLECTION));
        assertFalse(RecipientFit.fits(toThem, facts, ICE, Facts.ICE));
        assertFalse(RecipientFit.fits(toThem, facts, Optional.empty(), Facts.CMS_GENERAL));
    }

    @Test
    void theIceComplaintFitsIceAndAChaseGoesWhereTheChasedLetterWent() {
        LetterTemplate ice = LetterTemplates.ICE_COMPLAINT;
        LetterFacts facts = Facts.complete(ice);
        assertTrue(RecipientFit.fits(ice, facts, ICE, Facts.ICE));
        assertFalse(RecipientFit.fits(ice, facts, GENERAL, Facts.CMS_GENERAL));
        assertFalse(RecipientFit.fits(ice, facts, OTHER, JORDAN));

        LetterTemplate chase = LetterTemplates.CHASE_REPLY;
        LetterFacts chasingIce = Facts.complete(chase).toBuilder().earlierLetter(new EarlierLetter(
                Facts.DATE.minusMonths(2), "Complaint to ICE", Facts.DATE.minusMonths(2), "", "", Facts.ICE)).build();
        assertTrue(RecipientFit.fits(chase, chasingIce, ICE, Facts.ICE), "the chased letter went to ICE");
        assertFalse(RecipientFit.fits(chase, Facts.complete(chase).toBuilder().earlierLetter(null).build(), ICE,
                Facts.ICE));
        LetterFacts chasingJordan = Facts.complete(chase).toBuilder().earlierLetter(new EarlierLetter(
                Facts.DATE.minusMonths(2), "Letter to Jordan", Facts.DATE.minusMonths(2), "", "", JORDAN)).build();
        assertFalse(RecipientFit.fits(chase, chasingJordan, Optional.empty(), JORDAN));
    }

    @Test
    void aCmsLetterThatReachesTheOtherParentAnywayKeepsTheNiNumberAndPrivateAddressBack() throws Exception {
        LetterTemplate breakdown = LetterTemplates.ARREARS_BREAKDOWN;
        LetterFacts toJordan = Facts.complete(breakdown).toBuilder().recipient(JORDAN).build();
        String kept = new ReadBack(breakdown, privacy(toJordan, true)).flat();
        assertFalse(kept.contains("AB 12 34 56 C"), kept);
        AddressPrivacyLetterTest.MY_CONTACT_PARTS.forEach(part -> assertFalse(kept.contains(part),
                part + " is in the letter: " + kept));
        assertTrue(kept.contains("Address withheld"), kept);

        String open = new ReadBack(breakdown, privacy(toJordan, false)).flat();
        assertFalse(open.contains("AB 12 34 56 C"), "never the NI number to the other parent: " + open);
        assertTrue(open.contains("14 Orchard Close"), "the address only when the case keeps it private");

        String toCms = new ReadBack(breakdown, privacy(Facts.complete(breakdown), true)).flat();
        assertTrue(toCms.contains("AB 12 34 56 C") && toCms.contains("14 Orchard Close"), "the CMS needs both");
    }

    @Test
    void theIceComplaintSentToTheOtherParentLeavesTheNiNumberOutOfItsBodyToo() throws Exception {
        LetterTemplate ice = LetterTemplates.ICE_COMPLAINT;
        assertTrue(new ReadBack(ice, Facts.complete(ice)).flat().contains("AB 12 34 56 C"));
        String text = new ReadBack(ice, Facts.complete(ice).toBuilder().recipient(JORDAN).build()).flat();
        assertFalse(text.contains("AB 12 34 56 C"), text);
    }
}
