package uk.cml.app;

import java.util.EnumMap;
import java.util.Map;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.RecipientRole;

/** The address-book entries letters are sent to, read once so they outlive the open database. */
final class LetterRecipients {

    private final Map<RecipientRole, LetterFacts.Contact> byRole = new EnumMap<>(RecipientRole.class);

    LetterRecipients(AppServices services) {
        for (RecipientRole role : RecipientRole.values()) {
            role.addressBookRole().flatMap(services.addressBook::byRole)
                    .filter(entry -> entry.kind() == AddressBookEntry.EntryKind.POSTAL)
                    .ifPresent(entry -> byRole.put(role, CaseFacts.recipient(entry)));
        }
    }

    /**
     * Where the facts say the letter goes (a chased letter's address, as its address-book entry prints it when it is
     * the same), else the address-book entry for the template's role
     * for this case.
     */
    LetterFacts.Contact recipientFor(LetterTemplate template, LetterFacts facts) {
        return template.recipientFrom(facts)
                .map(said -> byRole.values().stream().filter(said::sameAddressAs).findFirst().orElse(said))
                .orElseGet(() -> recipientFor(template.recipientRole(facts)));
    }

    /** The address-book entry for the role, or none (the other parent's address then comes from the case). */
    LetterFacts.Contact recipientFor(RecipientRole role) {
        return byRole.getOrDefault(role, LetterFacts.Contact.NONE);
    }
}
