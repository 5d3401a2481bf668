package uk.cml.letters.templates;

import java.util.Arrays;
import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;

/**
 * Whom a letter may be sent to. A letter to the CMS goes to a CMS address, the complaint to the Independent Case
 * Examiner to ICE, and the letter to the other parent to the other parent only: a letter to the CMS sent to the other
 * parent would hand them the parent's details and ask them to collect from themselves. What a letter says where it
 * goes ({@link LetterTemplate#recipientFrom}, where a chased letter went) fits it too. An address the parent added to
 * the address book has no role the app can read, so it is offered for any letter to an organisation, unless it is
 * the other parent's.
 */
public final class RecipientFit {

    private RecipientFit() {
    }

    /** The recipient role an address-book entry is for; empty for the parent's own entries and the phone lines. */
    public static Optional<RecipientRole> of(Optional<AddressBookEntry.Role> entryRole) {
        return entryRole.flatMap(role -> Arrays.stream(RecipientRole.values())
                .filter(r -> r.addressBookRole().equals(Optional.of(role))).findFirst());
    }

    /**
     * Whether {@code template}'s letter on these facts may go to {@code to}, whose role is {@code role} (the other
     * parent, a CMS or ICE address; empty when the app cannot tell).
     */
    public static boolean fits(LetterTemplate template, LetterFacts facts, Optional<RecipientRole> role,
            LetterFacts.Contact to) {
        RecipientRole wanted = template.recipientRole(facts);
        boolean otherParent = role.equals(Optional.of(RecipientRole.OTHER_PARENT));
        if (wanted == RecipientRole.OTHER_PARENT || otherParent || isOtherParent(facts, to)) {
            return wanted == RecipientRole.OTHER_PARENT && otherParent;
        }
        if (template.recipientFrom(facts).filter(to::sameAddressAs).isPresent() || role.isEmpty()) {
            return true;
        }
        return cms(role.get()) ? cms(wanted) : role.get() == wanted;
    }

    /**
     * The letter goes to the other parent: it is the letter to them, or the one chosen to send it to is them (their
     * name, or their address as the case holds it). Such a letter never carries the parent's National Insurance
     * number, and keeps their address back when the case says so ({@link LetterFrame#hidesMyAddress}).
     */
    public static boolean toOtherParent(RecipientRole role, LetterFacts facts) {
        return role == RecipientRole.OTHER_PARENT || isOtherParent(facts, facts.recipient());
    }

    static boolean isOtherParent(LetterFacts facts, LetterFacts.Contact to) {
        LetterFacts.CaseDetails c = facts.caseDetails();
        if (to.isEmpty()) {
            return false;
        }
        boolean sameName = !c.otherParentName().isEmpty() && to.name().equalsIgnoreCase(c.otherParentName());
        boolean sameAddress = !c.otherParentAddress().isEmpty()
                && to.sameAddressAs(new LetterFacts.Contact(to.name(), c.otherParentAddress()));
        return sameName || sameAddress;
    }

    private static boolean cms(RecipientRole role) {
        return role == RecipientRole.CMS_GENERAL || role == RecipientRole.CMS_COLLECTION;
    }
}
