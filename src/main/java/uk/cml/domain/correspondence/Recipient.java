package uk.cml.domain.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.cml.domain.addressbook.AddressBookEntry;

/**
 * Who a letter went to, as printed at the time. The address book entry may be corrected later; the
 * letter keeps the name and address it was actually sent to.
 *
 * @param addressBookId the address book entry it was chosen from, if any
 * @param address       the address lines and postcode, one per line
 * @param cmsAddress    the address book knows it as the CMS's or the Independent Case Examiner's, whatever its name:
 *                      chosen from the entry the app gave for one of them, or to that entry's postcode
 *                      ({@link #recognisedBy}); false when not looked up
 */
public record Recipient(Optional<Long> addressBookId, String name, String address, boolean cmsAddress) {

    public Recipient {
        Objects.requireNonNull(addressBookId, "addressBookId");
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
    }

    /** A recipient not yet looked up in the address book ({@link #recognisedBy}). */
    public Recipient(Optional<Long> addressBookId, String name, String address) {
        this(addressBookId, name, address, false);
    }

    /**
     * The names the CMS and the Independent Case Examiner go by in the address book's entries for them
     * ({@code AddressBookEntry.Role}: "Child Maintenance Service", "Child Maintenance Service 21", "Independent Case
     * Examiner"), the name a letter chosen from one of them is logged under, and the short names a parent types.
     */
    private static final Pattern CMS = Pattern.compile("child maintenance|\\bcms\\b|independent case examiner"
            + "|\\bice\\b|child support agency|\\bcsa\\b");

    /** The address book roles that are the CMS's or ICE's postal addresses: letters to them are letters to the CMS. */
    private static final java.util.Set<AddressBookEntry.Role> CMS_ROLES = java.util.EnumSet.of(
            AddressBookEntry.Role.CMS_GENERAL, AddressBookEntry.Role.CMS_COLLECTION, AddressBookEntry.Role.ICE);

    /**
     * Whether the letter went to the CMS (or the Independent Case Examiner, the complaint's last step): only such a
     * letter is a complaint to the CMS, starts its targets or answers its decisions. Known by the address book
     * ({@link #cmsAddress}: chosen from its CMS or ICE entry, or sent to that entry's postcode), so an entry the
     * parent renamed is still the CMS; else by the name it was sent to, as the address book's CMS and ICE entries are
     * named. A letter logged with no name at all, or made with the name still a gap to fill in ("[who the letter is
     * to]"), is taken at its kind (each kind but "Other" was a letter to the CMS before the recipient mattered); one
     * to anyone else (the other parent, say) is not.
     */
    public boolean isTheCms() {
        if (cmsAddress || name.isEmpty() || name.startsWith("[") && name.endsWith("]")) {
            return true;
        }
        return CMS.matcher(name.toLowerCase(Locale.UK)).find();
    }

    /**
     * This recipient as the address book knows it: the CMS's or ICE's ({@link #cmsAddress}) when it was chosen from
     * an entry with one of their roles, or its address ends in such an entry's postcode (a letter made in the app
     * keeps the printed name and address, not the entry). By role and postcode, never by name: the parent may rename
     * an entry. Removed entries count too: a letter sent to one still went there.
     */
    public Recipient recognisedBy(List<AddressBookEntry> entries) {
        String postcode = lastLinePostcode(address);
        boolean cms = entries.stream().filter(e -> e.role().filter(CMS_ROLES::contains).isPresent())
                .anyMatch(e -> addressBookId.equals(Optional.of(e.id()))
                        || !postcode.isEmpty() && postcode.equals(squeezed(e.postcode())));
        return cms == cmsAddress ? this : new Recipient(addressBookId, name, address, cms);
    }

    /**
     * The same recipient: the same entry, name and address. Whether the address book was asked about it
     * ({@link #cmsAddress}) is what is known of it, not a part of it: a letter read back is the letter saved.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Recipient r && addressBookId.equals(r.addressBookId) && name.equals(r.name)
                && address.equals(r.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(addressBookId, name, address);
    }

    /** The address's postcode, upper case without spaces: its last line, or the part after its last comma. */
    private static String lastLinePostcode(String address) {
        String[] lines = address.strip().split("\\R|,");
        return lines.length == 0 ? "" : squeezed(lines[lines.length - 1]);
    }

    private static String squeezed(String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }
}
