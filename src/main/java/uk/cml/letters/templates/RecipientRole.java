package uk.cml.letters.templates;

import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry.Role;

/** Who a template is usually sent to: an address-book role, or the other parent from the case. */
public enum RecipientRole {
    CMS_GENERAL(Role.CMS_GENERAL),
    CMS_COLLECTION(Role.CMS_COLLECTION),
    ICE(Role.ICE),
    OTHER_PARENT(null);

    private final Role addressBookRole;

    RecipientRole(Role addressBookRole) {
        this.addressBookRole = addressBookRole;
    }

    /** The address-book role whose entry is suggested; empty for the other parent, whose address is on the case. */
    public Optional<Role> addressBookRole() {
        return Optional.ofNullable(addressBookRole);
    }

    /** Letters to an organisation open "Dear Sir or Madam"; to the other parent by name. */
    public boolean isOrganisation() {
        return this != OTHER_PARENT;
    }
}
