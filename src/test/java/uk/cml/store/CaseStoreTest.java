package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.NiNumber;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

class CaseStoreTest extends WithTheRecords {

    CaseStore cases;
    AddressBookStore addresses;

    @BeforeEach
    void open() {
        cases = records.cases();
        addresses = records.addressBook();
    }

    static MyDetails me() {
        return new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"), "",
                "", Optional.of(NiNumber.parse("AB123456C").value()));
    }

    static CaseFile aCase() {
        return new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.SELF_EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.of(CmsReference.parse("121234567890").value()),
                List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14)), new Child(0, "Leo", LocalDate.of(2018, 9, 2))),
                new BigDecimal("4"));
    }

    @Test
    void setUpAnswersComeBackExactly() {
        long id = cases.completeSetup(me(), aCase());
        assertEquals(me(), cases.myDetails().orElseThrow());
        CaseFile loaded = cases.find(id).orElseThrow();
        assertEquals("Jordan Reed", loaded.otherParentName());
        assertEquals(WorkSituation.SELF_EMPLOYED, loaded.otherParentWork());
        assertEquals("1212 3456 7890", loaded.cmsReference().orElseThrow().grouped());
        assertEquals(List.of("Mia", "Leo"), loaded.children().stream().map(Child::firstName).toList());
        assertEquals(0, new BigDecimal("4").compareTo(loaded.collectionFeePercent()));
    }

    @Test
    void aCorrectionKeepsTheEarlierVersion() {
        long id = cases.completeSetup(me(), aCase());
        CaseFile loaded = cases.find(id).orElseThrow();
        CaseFile corrected = new CaseFile(id, "Jordan Reid", loaded.otherParentAddress(), loaded.otherParentWork(),
                loaded.arrangement(), loaded.cmsReference(), List.of(loaded.children().get(0)),
                loaded.collectionFeePercent());
        cases.update(corrected);
        assertEquals("Jordan Reid", cases.find(id).orElseThrow().otherParentName());
        assertEquals(1, cases.find(id).orElseThrow().children().size(), "Leo removed from the case");
        List<History.EarlierVersion> earlier = cases.earlierVersions(id);
        assertEquals(1, earlier.size());
        assertEquals("Jordan Reed", earlier.get(0).columns().get("other_parent_name"));
        int keptChildren = records.database.read(c -> DatabaseTest.count(c, "SELECT count(*) FROM child"));
        assertEquals(2, keptChildren, "a removed child is marked, never deleted");
    }

    @Test
    void twoCasesAreKeptApart() {
        cases.completeSetup(me(), aCase());
        CaseFile second = new CaseFile(0, "Alex Green", Optional.empty(), WorkSituation.NOT_KNOWN,
                Arrangement.PRIVATE, Optional.empty(), List.of(new Child(0, "Ava", LocalDate.of(2020, 1, 5))),
                new BigDecimal("4"));
        long secondId = cases.create(second);
        assertEquals(2, cases.cases().size());
        assertEquals(List.of("Ava"), cases.find(secondId).orElseThrow().children().stream()
                .map(Child::firstName).toList());
        assertTrue(cases.find(secondId).orElseThrow().cmsReference().isEmpty());
    }

    @Test
    void addressBookDefaultsCanBeCorrectedAndRemovedAndPutBack() {
        AddressBookEntry general = addresses.byRole(AddressBookEntry.Role.CMS_GENERAL).orElseThrow();
        assertEquals("GL17 1AJ", general.postcode());
        assertEquals(List.of("Child Maintenance Service", "PO Box 249", "Mitcheldean", "GL17 1AJ"),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(general.name()),
                        general.postalAddress().printedLines().stream()).toList());
        assertEquals("WV98 2BU", addresses.byRole(AddressBookEntry.Role.CMS_COLLECTION).orElseThrow().postcode());
        assertEquals("L20 7WA", addresses.byRole(AddressBookEntry.Role.ICE).orElseThrow().postcode());
        AddressBookEntry moved = new AddressBookEntry(general.id(), general.kind(), general.name(), "PO Box 999\nMitcheldean",
                general.postcode(), general.notes(), general.role(), Optional.of(LocalDate.of(2026, 11, 22)),
                general.source());
        addresses.save(moved);
        assertEquals("PO Box 999\nMitcheldean", addresses.byRole(AddressBookEntry.Role.CMS_GENERAL).orElseThrow().details());
        addresses.remove(general.id());
        assertTrue(addresses.byRole(AddressBookEntry.Role.CMS_GENERAL).isEmpty());
        addresses.restore(general.id());
        assertTrue(addresses.byRole(AddressBookEntry.Role.CMS_GENERAL).isPresent());
        int history = records.database.read(c -> DatabaseTest.count(c,
                "SELECT count(*) FROM amendment WHERE record_table = 'address_book'"));
        assertEquals(1, history);
    }
}
