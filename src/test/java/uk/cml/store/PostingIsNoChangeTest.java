package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.privacy.MovableClock;

/**
 * Recording that a letter was posted (and its proof of postage) is no change to the letter: the timeline and the
 * pack's chronology say "Sent by … on …", never "changed" as if the letter had been edited.
 */
class PostingIsNoChangeTest extends WithJordanReedsCase {

    MovableClock clock = new MovableClock(DatabaseTest.CLOCK.instant(), ZoneId.of("Europe/London"));
    SentLetterStore sent;

    @Override
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void open() {
        sent = records.sentLetters();
    }

    private SentLetter letter(String subject, Optional<LocalDate> posted, ProofOfPostage proof) {
        long cms = new AddressBookStore(database, new History(clock), clock).entries().get(0).id();
        return new SentLetter(0, caseId, LocalDate.of(2026, 11, 2), posted,
                new Recipient(Optional.of(cms), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, LetterKind.ARREARS_REPORT, Optional.empty(),
                posted.map(p -> PostingMethod.FIRST_CLASS), proof, "", Optional.empty(), Optional.empty());
    }

    @Test
    void markingALetterPostedWithItsProofIsNotAChange() {
        long id = sent.save(letter("Missed payments", Optional.empty(), ProofOfPostage.NONE));
        // Posting links the recipient to the address book entry too (found in the walk's records): no change either.
        database.inTransaction(c -> {
            try (var u = c.prepareStatement("UPDATE letter_sent SET to_address_book_id = NULL WHERE id = ?")) {
                u.setLong(1, id);
                return u.executeUpdate();
            }
        });
        clock.advance(Duration.ofMinutes(1));
        sent.save(letter("Missed payments", Optional.of(LocalDate.of(2026, 11, 3)), ProofOfPostage.NONE).withId(id));
        clock.advance(Duration.ofMinutes(1));
        sent.save(letter("Missed payments", Optional.of(LocalDate.of(2026, 11, 3)), new ProofOfPostage(
                Optional.of(LocalDate.of(2026, 11, 3)), "Leeds Headrow", "COP-778812", Optional.empty())).withId(id));

        assertTrue(sent.timeline(caseId).get(0).recorded().changed().isEmpty(), "posting is not a change");
        assertTrue(sent.recorded(caseId).get(id).changed().isEmpty());
        assertEquals(2, sent.history(id).size(), "the Letters page still keeps each earlier version");

        clock.advance(Duration.ofMinutes(1));
        sent.save(letter("Missed payments in October", Optional.of(LocalDate.of(2026, 11, 3)), new ProofOfPostage(
                Optional.of(LocalDate.of(2026, 11, 3)), "Leeds Headrow", "COP-778812", Optional.empty())).withId(id));
        assertEquals(Optional.of(java.time.LocalDateTime.now(clock)),
                sent.timeline(caseId).get(0).recorded().changed(), "a corrected subject is a change");
    }
}
