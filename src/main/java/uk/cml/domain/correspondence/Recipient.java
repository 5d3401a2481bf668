package uk.cml.domain.correspondence;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a letter went to, as printed at the time. The address book entry may be corrected later; the
 * letter keeps the name and address it was actually sent to.
 *
 * @param addressBookId the address book entry it was chosen from, if any
 * @param address       the address lines and postcode, one per line
 */
public record Recipient(Optional<Long> addressBookId, String name, String address) {

    public Recipient {
        Objects.requireNonNull(addressBookId, "addressBookId");
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
    }
}
