package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "Kind of letter" list on the Letters page. For a case only ever private, a reviewer was offered "Complaint",
 * "Request to collect or enforce payment", "Request for a mandatory reconsideration" and "Reply to a proposal to write
 * off arrears": letters to the CMS, which is not involved. Only the kinds that fit are offered; a letter on record
 * with another kind keeps it, shown as it is.
 */
class PrivateLetterKindsTest {

    @Test
    void aCaseOnlyEverPrivateIsOfferedNoKindOfLetterToTheCms() {
        List<LetterKind> offered = LetterKind.offered(false, Optional.empty());
        for (LetterKind cms : List.of(LetterKind.COMPLAINT, LetterKind.COLLECTION_REQUEST,
                LetterKind.RECONSIDERATION_REQUEST, LetterKind.WRITE_OFF_REPLY, LetterKind.ARREARS_REPORT,
                LetterKind.SUBJECT_ACCESS_REQUEST)) {
            assertFalse(offered.contains(cms), cms.name());
        }
        assertEquals(List.of(LetterKind.FOLLOW_UP_TO_CALL, LetterKind.REQUEST_FOR_INFORMATION, LetterKind.REPLY,
                LetterKind.OTHER), offered);
    }

    @Test
    void aLetterOnRecordKeepsItsKindWhateverTheCase() {
        List<LetterKind> offered = LetterKind.offered(false, Optional.of(LetterKind.COMPLAINT));
        assertTrue(offered.contains(LetterKind.COMPLAINT), "shown as it is, never dropped");
        assertEquals(List.of(LetterKind.values()), LetterKind.offered(true, Optional.empty()),
                "a case the CMS has had is offered every kind");
    }
}
