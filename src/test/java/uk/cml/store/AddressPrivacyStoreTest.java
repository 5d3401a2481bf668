package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

class AddressPrivacyStoreTest extends WithTheRecords {

    @Test
    void newCasesStartWithTheSetUpAnswerAndAChangeKeepsTheEarlierVersion() {
        CaseStore cases = records.cases();
        AddressPrivacyStore privacy = new AddressPrivacyStore(records.database, records.history, records.clock);
        long first = cases.completeSetup(new MyDetails("Sam Taylor", PostalAddress.of("14 Orchard Close", "LS6 2AB"),
                "", "", Optional.empty()), caseOwedBy("Jordan Reed"));
        assertFalse(privacy.isPrivate(first), "off unless the parent says so");
        privacy.setPrivateForNewCases(true);
        privacy.startNewCase(first);
        assertTrue(privacy.isPrivate(first));
        assertEquals(0, cases.earlierVersions(first).size(), "setting up is not a correction");

        long second = cases.create(caseOwedBy("Alex Green"));
        privacy.startNewCase(second);
        assertTrue(privacy.isPrivate(second), "a later case starts with the set-up answer");
        privacy.setPrivate(second, false);
        privacy.setPrivate(second, false);
        assertFalse(privacy.isPrivate(second));
        assertEquals(1, cases.earlierVersions(second).size(), "one change, one earlier version");
        assertEquals("1", cases.earlierVersions(second).get(0).columns().get("keep_address_private"));
        cases.update(cases.find(second).orElseThrow());
        assertFalse(privacy.isPrivate(second), "correcting the case leaves the setting alone");
    }

    private static CaseFile caseOwedBy(String name) {
        return new CaseFile(0, name, Optional.empty(), WorkSituation.NOT_KNOWN, Arrangement.PRIVATE, Optional.empty(),
                List.of(), new BigDecimal("4"));
    }
}
