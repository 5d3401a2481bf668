package uk.cml.domain.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.addressbook.AddressBookEntry;

class TimelineEntryTest {

    @Test
    void searchMatchesTheKindTitleAndDetailInLowerCase() {
        TimelineEntry entry = new TimelineEntry(TimelineKind.LETTER_SENT, LocalDateTime.of(2026, 11, 2, 9, 0),
                LocalDateTime.of(2026, 11, 2, 9, 0), "Complaint (to CMS)", "Posted 1st Class", 4);
        assertEquals("letter sent complaint (to cms) posted 1st class", entry.searchText());
        assertEquals("Enforcement step", TimelineKind.ENFORCEMENT.toString());
    }

    @Test
    void anAddressBookEntryIsSummedUpByItsKind() {
        AddressBookEntry postal = new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL, "CMS",
                "PO Box 249\nMitcheldean", "gl17 1aj", "", Optional.empty(), Optional.empty(), "GOV.UK");
        assertEquals("PO Box 249, Mitcheldean, GL17 1AJ", postal.summary());
        assertEquals(List.of("PO Box 249", "Mitcheldean", "GL17 1AJ"), postal.postalAddress().printedLines());
        AddressBookEntry phone = new AddressBookEntry(2, AddressBookEntry.EntryKind.PHONE, "CMS line",
                "0800 171 2345", "", "", Optional.empty(), Optional.empty(), "GOV.UK");
        assertEquals("0800 171 2345", phone.summary());
        assertEquals("Phone line", AddressBookEntry.EntryKind.PHONE.toString());
    }
}
