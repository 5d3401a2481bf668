package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineEntry;

/**
 * A reviewer's find: a letter posted with a certificate of posting whose reference the parent did not type showed no
 * certificate at all in the Timeline and the pack's chronology (which read these entries), while the letter with a
 * reference said "Certificate of posting COP 55120". The certificate is the parent's proof either way.
 */
class CertificateWithoutReferenceOnTheTimelineTest extends WithJordanReedsCase {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 5);

    SentLetterStore letters;

    @BeforeEach
    void open() {
        letters = records.sentLetters();
    }

    private String detailOfLetterPostedWith(ProofOfPostage proof) {
        long id = letters.save(new SentLetter(0, caseId, POSTED, Optional.of(POSTED), new Recipient(Optional.empty(),
                "Child Maintenance Service", "Mail Handling Site A"), "Complaint to CMS", LetterKind.COMPLAINT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), proof, "", Optional.empty(),
                Optional.empty()));
        return letters.timeline(caseId).stream().filter(e -> e.sourceId() == id).map(TimelineEntry::detail)
                .findFirst().orElseThrow();
    }

    @Test
    void aCertificateWithNoReferenceIsStillNamed() {
        String detail = detailOfLetterPostedWith(new ProofOfPostage(Optional.of(POSTED), "", "", Optional.empty()));
        assertTrue(detail.endsWith("Certificate of posting."), detail);
    }

    @Test
    void noCertificateIsNotClaimed() {
        String detail = detailOfLetterPostedWith(ProofOfPostage.NONE);
        assertFalse(detail.contains("Certificate"), detail);
    }
}
