package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.RecipientFit;
import uk.cml.letters.templates.RecipientRole;
import uk.cml.ui.common.Messages;

/**
 * One entry in the "Send to" list: an address-book entry or the other parent.
 *
 * @param to whom it is for: the other parent, a CMS or ICE address; empty for an address the parent added
 */
record RecipientChoice(String label, LetterFacts.Contact contact, Optional<AddressBookEntry.Role> role,
        Optional<RecipientRole> to) {

    /** The other parent first, then each postal address in the address book. */
    static List<RecipientChoice> all(LetterFacts.CaseDetails c, List<AddressBookEntry> entries) {
        List<RecipientChoice> choices = new ArrayList<>();
        choices.add(new RecipientChoice(Messages.text("letters.writerView.theOtherParent", c.otherParentName()),
                new LetterFacts.Contact(c.otherParentName(), c.otherParentAddress()), Optional.empty(),
                Optional.of(RecipientRole.OTHER_PARENT)));
        for (AddressBookEntry entry : entries) {
            if (entry.kind() == AddressBookEntry.EntryKind.POSTAL) {
                choices.add(new RecipientChoice(Messages.text("letters.writerView.nameAndAddress", entry.name(),
                        entry.postalAddress().oneLine()), CaseFacts.recipient(entry), entry.role(),
                        RecipientFit.of(entry.role())));
            }
        }
        return choices;
    }

    /** Of {@code all}, those this letter may go to ({@link RecipientFit#fits}), in the same order. */
    static List<RecipientChoice> fitting(List<RecipientChoice> all, LetterTemplate template, LetterFacts facts) {
        return all.stream().filter(c -> c.fits(template, facts)).toList();
    }

    boolean fits(LetterTemplate template, LetterFacts facts) {
        return RecipientFit.fits(template, facts, to, contact);
    }

    /** A name and address not in the address book, such as where an earlier letter went. */
    static RecipientChoice asSent(LetterFacts.Contact to) {
        return new RecipientChoice(Messages.text("letters.writerView.nameAndAddress", to.name(),
                String.join(", ", to.addressLines())), to, Optional.empty(), Optional.empty());
    }

    /** The same name and address, so a letter sent there can go there again. */
    boolean sendsTo(LetterFacts.Contact to) {
        return contact.sameAddressAs(to);
    }

    @Override
    public String toString() {
        return label;
    }
}
