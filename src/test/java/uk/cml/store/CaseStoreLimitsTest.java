package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;

/**
 * The case store refuses what the case forms refuse, with a message for the parent and nothing saved: a name, an
 * address line or a phone number too long is not kept by a caller that skips the forms. A phone number padded with
 * spaces is kept as the number, not the padding.
 */
class CaseStoreLimitsTest extends WithTheRecords {

    private static final String NAME_TOO_LONG = "Nothing was saved. That name is longer than 100 characters. Shorten it.";

    History history;
    CaseStore cases;

    @BeforeEach
    void open() {
        history = records.history;
        cases = records.cases();
    }

    private static MyDetails me(String name, String address, String phone) {
        return new MyDetails(name, PostalAddress.of(address, "LS6 2AB"), phone, "", Optional.empty());
    }

    private static CaseFile withOtherParent(CaseFile k, String name, List<Child> children) {
        return new CaseFile(k.id(), name, k.otherParentAddress(), k.otherParentWork(), k.arrangement(),
                k.cmsReference(), children, k.collectionFeePercent());
    }

    private int rows(String table) {
        return database.read(c -> DatabaseTest.count(c, "SELECT count(*) FROM " + table));
    }

    @Test
    void setUpWithANameTooLongKeepsNothing() {
        StoreException refused = assertThrows(StoreException.class, () -> cases.completeSetup(
                me("s".repeat(5_000), "14 Orchard Close", ""), CaseStoreTest.aCase()));
        assertEquals(NAME_TOO_LONG, refused.getMessage());
        assertEquals(Optional.empty(), cases.myDetails());
        assertEquals(List.of(), cases.cases());

        assertThrows(StoreException.class, () -> cases.completeSetup(CaseStoreTest.me(),
                withOtherParent(CaseStoreTest.aCase(), "j".repeat(101), CaseStoreTest.aCase().children())));
        assertEquals(Optional.empty(), cases.myDetails(), "the parent's details went with the refused case");
        assertEquals(0, rows("case_file"));
    }

    @Test
    void aCorrectionTheFormsWouldRefuseLeavesTheCaseAsItWas() {
        long id = cases.completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());
        CaseFile saved = cases.find(id).orElseThrow();

        StoreException refused = assertThrows(StoreException.class, () -> cases.saveCorrections(CaseStoreTest.me(),
                withOtherParent(saved, "Jordan Reid", List.of(saved.children().get(0),
                        new Child(saved.children().get(1).id(), "L".repeat(20_001), saved.children().get(1)
                                .dateOfBirth())))));
        assertEquals("Nothing was saved. That name is too long. Use the first name only.", refused.getMessage());
        assertEquals(saved, cases.find(id).orElseThrow());
        assertEquals(List.of(), cases.earlierVersions(id), "no earlier version for a correction not made");

        assertThrows(StoreException.class, () -> cases.saveCorrections(me("Sam Taylor",
                "14 Orchard Close\n" + "x".repeat(81), ""), saved));
        assertEquals(CaseStoreTest.me(), cases.myDetails().orElseThrow());
        assertEquals(0, rows("amendment"));
    }

    @Test
    void aPhoneNumberTooLongIsRefusedAndAPaddedOneIsKeptWithoutItsPadding() {
        cases.completeSetup(CaseStoreTest.me(), CaseStoreTest.aCase());

        StoreException refused = assertThrows(StoreException.class, () -> cases.saveMyDetails(
                me("Sam Taylor", "14 Orchard Close", "0800 171 2345 ".repeat(500))));
        assertEquals("Nothing was saved. Enter a phone number such as 07700 900123 or +44 7700 900123, or leave "
                + "it empty.", refused.getMessage());
        assertEquals("", cases.myDetails().orElseThrow().phone());

        cases.saveMyDetails(me("Sam Taylor", "14 Orchard Close", " ".repeat(10_000) + "+44  800\t171 2345"
                + " ".repeat(10_000)));
        assertEquals("+44 800 171 2345", cases.myDetails().orElseThrow().phone());
    }

    @Test
    void setUpWithItsPlanIsRefusedWholeForAnAnswerTheFormsWouldRefuse() {
        PaymentStore payments = new PaymentStore(database, history, DatabaseTest.CLOCK);
        SetupStore setup = new SetupStore(database, cases, payments);

        StoreException refused = assertThrows(StoreException.class, () -> setup.save(Optional.of(CaseStoreTest.me()),
                withOtherParent(CaseStoreTest.aCase(), "j".repeat(101), CaseStoreTest.aCase().children()),
                Optional.of(PaymentStoreTest.WEEKLY)));
        assertEquals(NAME_TOO_LONG, refused.getMessage());
        assertEquals(Optional.empty(), cases.myDetails());
        assertEquals(0, rows("case_file"));
        assertEquals(0, rows("payment_plan"));
    }
}
