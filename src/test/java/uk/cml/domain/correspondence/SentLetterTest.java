package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentLetterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static SentLetter letter(Optional<LocalDate> posted, Optional<PostingMethod> method, ProofOfPostage proof,
                             Optional<LocalDate> replyBy) {
        return new SentLetter(0, 1, LocalDate.of(2026, 11, 2), posted,
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed payments", LetterKind.ARREARS_REPORT, Optional.empty(), method, proof, "", replyBy,
                Optional.empty());
    }

    @Test
    void aLetterIsPostedOnlyWithADateAndAMethod() {
        assertFalse(letter(Optional.empty(), Optional.empty(), ProofOfPostage.NONE, Optional.empty()).isPosted());
        assertFalse(letter(Optional.of(TODAY), Optional.empty(), ProofOfPostage.NONE, Optional.empty()).isPosted());
        assertTrue(letter(Optional.of(TODAY), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                Optional.empty()).isPosted());
    }

    @Test
    void proofIsWantedOnlyForPostAndOnlyUntilTheCertificateIsAttached() {
        ProofOfPostage photo = new ProofOfPostage(Optional.of(TODAY), "Leeds", "A1", Optional.of(7L));
        assertTrue(letter(Optional.of(TODAY), Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE,
                Optional.empty()).needsProof());
        assertFalse(letter(Optional.of(TODAY), Optional.of(PostingMethod.SECOND_CLASS), photo,
                Optional.empty()).needsProof());
        assertFalse(letter(Optional.of(TODAY), Optional.of(PostingMethod.EMAIL), ProofOfPostage.NONE,
                Optional.empty()).needsProof());
    }

    @Test
    void aReplyIsOverdueTheDayAfterTheReplyByDateUnlessOneCame() {
        SentLetter posted = letter(Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, Optional.of(TODAY));
        assertFalse(posted.replyOverdue(TODAY, false), "due today is not late yet");
        assertTrue(posted.replyOverdue(TODAY.plusDays(1), false));
        assertFalse(posted.replyOverdue(TODAY.plusDays(1), true));
    }

    @Test
    void postingChecksExplainWhatIsWrong() {
        LocalDate written = LocalDate.of(2026, 11, 10);
        assertEquals(Optional.empty(), LetterRules.posted(Optional.empty(), false, Optional.empty(), written, TODAY));
        assertTrue(LetterRules.posted(Optional.of(LocalDate.of(2026, 11, 9)), false, Optional.empty(), written, TODAY)
                .orElseThrow().contains("before the date it was written"));
        assertTrue(LetterRules.posted(Optional.of(TODAY.plusDays(1)), false, Optional.empty(), written, TODAY)
                .orElseThrow().contains("future"));
        assertTrue(LetterRules.posted(Optional.empty(), false, Optional.of(PostingMethod.FIRST_CLASS), written, TODAY)
                .isPresent());
        assertEquals(Optional.of("Choose how you sent it."), LetterRules.method(Optional.of(TODAY), Optional.empty()));
        assertTrue(LetterRules.received(Optional.of(LocalDate.of(2026, 11, 1)), false,
                Optional.of(LocalDate.of(2026, 11, 3)), TODAY).orElseThrow().contains("before the date printed"));
    }

    @Test
    void aTitleIsTheSubjectOrKindAndWhoItWentTo() {
        SentLetter toCms = letter(Optional.empty(), Optional.empty(), ProofOfPostage.NONE, Optional.empty());
        assertEquals("Missed payments (to Child Maintenance Service)", toCms.title());
        SentLetter noSubject = new SentLetter(0, 1, TODAY, Optional.empty(), new Recipient(Optional.empty(), null, null),
                "  ", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, null,
                Optional.empty(), Optional.empty());
        assertEquals("Complaint", noSubject.title());
        assertEquals("", noSubject.to().address());
        assertEquals("", noSubject.trackingNumber());
        SentLetter saved = toCms.withId(42);
        assertEquals(42, saved.id());
        assertEquals(toCms.title(), saved.title());
        assertEquals(toCms.written(), saved.written());
        assertEquals(" Child Maintenance Service ".strip(),
                new Recipient(Optional.empty(), " Child Maintenance Service ", " PO Box 249 ").name());
        assertEquals("PO Box 249", new Recipient(Optional.empty(), "", " PO Box 249 ").address());
    }
}
