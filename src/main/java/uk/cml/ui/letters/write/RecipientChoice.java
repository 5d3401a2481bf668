package uk.cml.ui.letters.write;

import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.ui.common.Messages;

/** One entry in the "Send to" list: an address-book entry or the other parent. */
record RecipientChoice(String label, LetterFacts.Contact contact, Optional<AddressBookEntry.Role> role) {

    /** A name and address not in the address book, such as where an earlier letter went. */
    static RecipientChoice asSent(LetterFacts.Contact to) {
        return new RecipientChoice(Messages.text("letters.writerView.nameAndAddress", to.name(),
                String.join(", ", to.addressLines())), to, Optional.empty());
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
