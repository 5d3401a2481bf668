package uk.cml.domain.correspondence;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /**
     * The names the CMS and the Independent Case Examiner go by in the address book's entries for them
     * ({@code AddressBookEntry.Role}: "Child Maintenance Service", "Child Maintenance Service 21", "Independent Case
     * Examiner"), the name a letter chosen from one of them is logged under, and the short names a parent types.
     */
    private static final Pattern CMS = Pattern.compile("child maintenance|\\bcms\\b|independent case examiner"
            + "|\\bice\\b|child support agency|\\bcsa\\b");

    /**
     * Whether the letter went to the CMS (or the Independent Case Examiner, the complaint's last step): only such a
     * letter is a complaint to the CMS, starts its targets or answers its decisions. Known by the name it was sent
     * to, as the address book's CMS and ICE entries are named and a letter chosen from one is logged. A letter
     * logged with no name at all, or made with the name still a gap to fill in ("[who the letter is to]"), is taken
     * at its kind (each kind but "Other" was a letter to the CMS before the recipient mattered); one to anyone else
     * (the other parent, say) is not.
     */
    public boolean isTheCms() {
        if (name.isEmpty() || name.startsWith("[") && name.endsWith("]")) {
            return true;
        }
        return CMS.matcher(name.toLowerCase(Locale.UK)).find();
    }
}
