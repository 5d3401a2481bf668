package uk.cml.ui.letters.write;

import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.letters.templates.LetterFacts;

/** One entry in the "Send to" list: an address-book entry or the other parent. */
record RecipientChoice(String label, LetterFacts.Contact contact, Optional<AddressBookEntry.Role> role) {

    @Override
    public String toString() {
        return label;
    }
}
