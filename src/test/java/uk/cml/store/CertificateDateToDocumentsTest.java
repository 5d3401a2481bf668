package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.privacy.MovableClock;

/**
 * The reviewer's find: the photo of a certificate of posting, attached while the letter was being logged as posted,
 * read "Not given" as its date in Documents and the pack, though the parent gave the date printed on the certificate
 * (5 Dec 2026) with the letter. Documents' date is "the date printed on it", which for a certificate is that date: it
 * is carried to the photo when the letter is saved. A real SQLite file in a temp folder.
 */
class CertificateDateToDocumentsTest extends WithJordanReedsCase {

    static final LocalDate WRITTEN = LocalDate.of(2026, 12, 4);
    static final LocalDate POSTED = LocalDate.of(2026, 12, 5);

    @TempDir
    Path parentsFiles;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-05T13:30:00Z"), ZoneId.of("Europe/London"));
    DocumentRecordStore documents;
    SentLetterStore letters;

    @Override
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void open() {
        documents = records.documents();
        letters = records.sentLetters();
    }

    private long photo(String name, int shade) throws Exception {
        return documents.add(caseId, TestFiles.png(parentsFiles.resolve(name), shade),
                "Certificate of posting for the letter \u201cComplaint to CMS\u201d").document().id();
    }

    private SentLetter letter(long id, Optional<LocalDate> posted, ProofOfPostage proof) {
        return new SentLetter(id, caseId, WRITTEN, posted, new Recipient(Optional.empty(),
                "Child Maintenance Service", "Mail Handling Site A"), "Complaint to CMS", LetterKind.COMPLAINT,
                Optional.empty(), posted.map(d -> PostingMethod.FIRST_CLASS), proof, "", Optional.empty(),
                Optional.empty());
    }

    private Optional<LocalDate> datedOn(long document) {
        return documents.find(document).orElseThrow().datedOn();
    }

    @Test
    void thePhotoAttachedBeforeTheDatesWereSavedTakesTheCertificatesDate() throws Exception {
        // As the reviewer did: the letter saved, then the photo attached (saved with the letter at once), then the
        // posting and the certificate's date typed and saved.
        long id = letters.save(letter(0, Optional.empty(), ProofOfPostage.NONE));
        long photo = photo("me-proof.png", 10);
        letters.save(letter(id, Optional.empty(), new ProofOfPostage(Optional.empty(), "", "", Optional.of(photo))));
        assertEquals(Optional.empty(), datedOn(photo), "no date given yet");
        clock.advance(Duration.ofSeconds(20));
        letters.save(letter(id, Optional.of(POSTED), new ProofOfPostage(Optional.of(POSTED), "Leeds City",
                "COP-55821", Optional.of(photo))));

        assertEquals(Optional.of(POSTED), datedOn(photo), "the date printed on the certificate, as the parent gave it");
        assertEquals(1, documents.earlierVersions(photo).stream()
                .filter(v -> !v.columns().containsKey("dated_on")).count(), "the undated version is kept");

        // The certificate's date corrected with the letter: the photo's date follows, as the app gave it.
        clock.advance(Duration.ofMinutes(5));
        letters.correct(letter(id, Optional.of(POSTED.minusDays(1)), new ProofOfPostage(
                Optional.of(POSTED.minusDays(1)), "Leeds City", "COP-55821", Optional.of(photo))));
        assertEquals(Optional.of(POSTED.minusDays(1)), datedOn(photo));
    }

    @Test
    void aDateTheParentGaveTheDocumentIsTheirs() throws Exception {
        long photo = photo("proof.png", 20);
        documents.amend(photo, "Certificate of posting", Optional.of(LocalDate.of(2026, 12, 3)));
        letters.save(letter(0, Optional.of(POSTED), new ProofOfPostage(Optional.of(POSTED), "", "",
                Optional.of(photo))));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), datedOn(photo), "not overwritten by the app");
    }
}
