package uk.cml.domain.addressbook;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Labelled;
import uk.cml.domain.caseinfo.PostalAddress;

/**
 * An address or phone line the parent writes to or calls. Facts like these change, so each entry
 * says when it was last checked and where it came from, and the parent can correct it.
 *
 * @param details for a postal entry, the address lines above the postcode; for a phone entry, the number
 * @param role    what the app suggests this entry for (see {@link Role}); empty for the parent's own entries
 */
public record AddressBookEntry(long id, EntryKind kind, String name, String details, String postcode, String notes,
                               Optional<Role> role, Optional<LocalDate> lastChecked, String source) {

    public enum EntryKind implements Labelled {
        POSTAL, PHONE;

        @Override
        public String toString() {
            return label();
        }
    }

    /** The jobs the app's defaults are for, so a letter can suggest the right address. */
    public enum Role {
        CMS_GENERAL, CMS_COLLECTION, ICE, CMS_PHONE, CMS_PHONE_WELSH, CMS_PHONE_RELAY, CMS_PHONE_TEXT
    }

    /** The lines printed in a letter's address block: name, address lines, postcode. */
    public PostalAddress postalAddress() {
        return PostalAddress.of(details, postcode);
    }

    public String summary() {
        return kind == EntryKind.PHONE ? details : postalAddress().oneLine();
    }
}
