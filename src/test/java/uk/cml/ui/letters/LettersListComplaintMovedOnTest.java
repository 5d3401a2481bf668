package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.common.ModelCase;

/**
 * The Letters list and its chase button, for a complaint letter (posted 2 Oct 2026, reply expected by 23 Oct) whose
 * complaint has moved on, on 22 Nov 2026: it is never offered to be chased, as the Overview does not chase it.
 */
class LettersListComplaintMovedOnTest {

    @TempDir
    Path folder;
    ModelCase records;
    LettersModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        var s = records.services;
        model = new LettersModel(new LettersView.Stores(s.sentLetters, s.receivedLetters, s.documents, s.addressBook,
                s.standing, s.calls), records.jobs, ModelCase.CLOCK, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private SentLetter posted(String subject, LocalDate on) {
        return new SentLetter(0, records.caseId, on, Optional.of(on),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.of(on.plusDays(21)), Optional.empty());
    }

    private String chip(long id) {
        SentLetter letter = model.sent().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        return LetterTables.reply(letter, model.answered(), model.madeBeforeChanges(), model.complaintBeyond(),
                ModelCase.TODAY).text();
    }

    private boolean chaseOffered(long id) {
        model.openSent(model.sent().stream().filter(l -> l.id() == id).findFirst().orElseThrow());
        boolean offered = model.canChase().get();
        model.showList();
        return offered;
    }

    @Test
    void aComplaintWithNothingAfterItIsChased() {
        long complaint = records.services.sentLetters.save(posted("Complaint about arrears", LocalDate.of(2026, 10, 2)));
        records.choose();
        assertEquals("No reply by 23 Oct 2026", chip(complaint));
        assertTrue(chaseOffered(complaint));
    }

    @Test
    void aComplaintGoneToIceIsNotChased() {
        long complaint = records.services.sentLetters.save(posted("Complaint about arrears", LocalDate.of(2026, 10, 2)));
        long ice = records.services.sentLetters.save(posted("Complaint to the Independent Case Examiner",
                LocalDate.of(2026, 11, 2)));
        records.choose();
        assertFalse(chaseOffered(complaint), "the complaint has gone to ICE");
        assertEquals("Moved on to ICE", chip(complaint));
        assertEquals("Reply due by 23 Nov 2026", chip(ice));
    }

    @Test
    void aComplaintWithAReviewAskedForIsNotChased() {
        long complaint = records.services.sentLetters.save(posted("Complaint about arrears", LocalDate.of(2026, 10, 2)));
        records.services.sentLetters.save(posted("Complaint review request", LocalDate.of(2026, 10, 30)));
        records.choose();
        assertFalse(chaseOffered(complaint));
        assertEquals("Moved on to review", chip(complaint));
    }

    @Test
    void aComplaintWhoseReplyIsLoggedSaysWhenItCame() {
        long complaint = records.services.sentLetters.save(posted("Complaint about arrears", LocalDate.of(2026, 10, 2)));
        records.services.receivedLetters.save(new ReceivedLetter(0, records.caseId,
                Optional.of(LocalDate.of(2026, 10, 28)), LocalDate.of(2026, 10, 30), "CMS",
                "Reply to my complaint: they will look at the arrears again", Optional.empty(), Optional.empty()));
        records.choose();
        assertFalse(chaseOffered(complaint), "the reply is logged, though not linked");
        assertEquals("Replied 28 Oct 2026", chip(complaint));
    }
}
