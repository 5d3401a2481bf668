package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

class LetterStoreTest extends WithJordanReedsCase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    SentLetterStore sent;
    ReceivedLetterStore received;
    DocumentRecordStore documents;

    @BeforeEach
    void open() {
        sent = records.sentLetters();
        received = records.receivedLetters();
        documents = records.documents();
    }

    private SentLetter letter(LocalDate written, Optional<LocalDate> posted, Optional<PostingMethod> method,
                              ProofOfPostage proof, Optional<LocalDate> replyBy) {
        long cms = new AddressBookStore(records.database, new History(DatabaseTest.CLOCK), DatabaseTest.CLOCK).entries()
                .get(0).id();
        return new SentLetter(0, caseId, written, posted,
                new Recipient(Optional.of(cms), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed payments in October", LetterKind.ARREARS_REPORT, Optional.empty(), method, proof,
                "", replyBy, Optional.empty());
    }

    @Test
    void aPostedLetterWithItsProofComesBackExactly() throws Exception {
        long photo = documents.add(caseId, TestFiles.png(folder.resolve("cert.png"), 50), "").document().id();
        ProofOfPostage proof = new ProofOfPostage(Optional.of(LocalDate.of(2026, 11, 3)), "Leeds Headrow",
                "CP 1234 5678", Optional.of(photo));
        SentLetter original = new SentLetter(0, caseId, LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 3)),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWV98 2BU"),
                "Complaint about arrears", LetterKind.COMPLAINT, Optional.of(photo),
                Optional.of(PostingMethod.SIGNED_FOR), proof, "AB123456789GB",
                Optional.of(LocalDate.of(2026, 11, 26)), Optional.empty());
        long id = sent.save(original);
        assertEquals(original.withId(id), sent.find(id).orElseThrow());
        assertEquals(List.of(original.withId(id)), sent.letters(caseId));
    }

    @Test
    void aCorrectionKeepsTheEarlierVersion() {
        long id = sent.save(letter(LocalDate.of(2026, 11, 2), Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                Optional.empty()));
        SentLetter posted = letter(LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 4)),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, Optional.empty()).withId(id);
        sent.save(posted);
        assertEquals(posted, sent.find(id).orElseThrow());
        var earlier = sent.earlierVersions(id);
        assertEquals(1, earlier.size());
        assertEquals(null, earlier.get(0).columns().get("posted_on"), "the earlier version was not posted");
        assertEquals("2026-11-02", earlier.get(0).columns().get("written_on"));
    }

    @Test
    void toDosListUnpostedLettersMissingProofAndLateRepliesByDate() {
        long unposted = sent.save(letter(LocalDate.of(2026, 11, 20), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, Optional.empty()));
        long noProof = sent.save(letter(LocalDate.of(2026, 11, 10), Optional.of(LocalDate.of(2026, 11, 11)),
                Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, Optional.of(LocalDate.of(2026, 12, 9))));
        ProofOfPostage withPhoto = new ProofOfPostage(Optional.empty(), "", "", Optional.of(
                documentFor("late.png", 60)));
        long late = sent.save(letter(LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 10, 1)),
                Optional.of(PostingMethod.FIRST_CLASS), withPhoto, Optional.of(LocalDate.of(2026, 10, 23))));
        long answered = sent.save(letter(LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 10, 1)),
                Optional.of(PostingMethod.EMAIL), ProofOfPostage.NONE, Optional.of(LocalDate.of(2026, 10, 23))));
        received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 10, 20)), LocalDate.of(2026, 10, 22),
                "Child Maintenance Service", "They have noted the missed payments.", Optional.empty(),
                Optional.of(answered)));

        List<TodoItem> todos = sent.todos(caseId, TODAY);
        assertEquals(List.of(late, noProof, unposted), todos.stream().map(TodoItem::sourceId).toList());
        assertTrue(todos.get(0).what().startsWith("No reply yet"), todos.get(0).what());
        assertTrue(todos.get(1).what().startsWith("Record the proof of postage"));
        assertTrue(todos.get(2).what().startsWith("Post your letter")
                && todos.get(2).what().contains("made on 20 Nov 2026"));
        // The letters are reports of missed payments: posting one is telling the CMS (Where it stands heads with it).
        assertEquals(List.of(TodoKind.REPLY_OVERDUE, TodoKind.ATTACH_PROOF, TodoKind.POST_REPORT),
                todos.stream().map(TodoItem::kind).toList());
    }

    @Test
    @DisplayName("certificate details typed without its photo: the to-do asks for the photo of the one recorded")
    void certificateDetailsWithoutPhotoAskForThePhoto() {
        ProofOfPostage typed = new ProofOfPostage(Optional.of(LocalDate.of(2026, 11, 11)), "Mitcheldean", "",
                Optional.empty());
        sent.save(letter(LocalDate.of(2026, 11, 10), Optional.of(LocalDate.of(2026, 11, 11)),
                Optional.of(PostingMethod.SECOND_CLASS), typed, Optional.of(LocalDate.of(2026, 12, 9))));
        ProofOfPostage referenceOnly = new ProofOfPostage(Optional.empty(), "", "PC 123456", Optional.empty());
        sent.save(letter(LocalDate.of(2026, 11, 12), Optional.of(LocalDate.of(2026, 11, 12)),
                Optional.of(PostingMethod.FIRST_CLASS), referenceOnly, Optional.of(LocalDate.of(2026, 12, 9))));

        List<TodoItem> todos = sent.todos(caseId, TODAY);
        assertEquals(List.of(TodoKind.ATTACH_PROOF_PHOTO, TodoKind.ATTACH_PROOF_PHOTO),
                todos.stream().map(TodoItem::kind).toList());
        assertTrue(todos.get(0).what().startsWith("Attach a photo of the certificate of posting for your letter")
                && todos.get(0).what().endsWith(", posted on 11 Nov 2026."), todos.get(0).what());
    }

    private long documentFor(String name, int shade) {
        try {
            return documents.add(caseId, TestFiles.png(folder.resolve(name), shade), "").document().id();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void receivedLettersRoundTripAndBinAndRestore() {
        long replyTo = sent.save(letter(LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 2)),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, Optional.empty()));
        ReceivedLetter letter = new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 19), "Child Maintenance Service", "Arrears breakdown to follow in 6 weeks.",
                Optional.of(documentFor("scan.png", 70)), Optional.of(replyTo));
        long id = received.save(letter);
        assertEquals(letter.withId(id), received.find(id).orElseThrow());
        assertEquals(java.util.Set.of(replyTo), sent.answered(caseId));
        received.moveToBin(id);
        assertEquals(List.of(), received.letters(caseId));
        assertEquals(java.util.Set.of(), sent.answered(caseId), "a binned reply does not count");
        received.restore(id);
        assertEquals(1, received.letters(caseId).size());
    }

    @Test
    void aLetterNotPostedIsNeverCalledSent() {
        sent.save(letter(LocalDate.of(2026, 11, 2), Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                Optional.empty()));
        var entry = sent.timeline(caseId).get(0);
        assertEquals(TimelineKind.LETTER_WRITTEN, entry.kind());
        assertEquals("Letter made, not posted yet", entry.kind().label()); // reviewer rv3: made, not posted
        assertTrue(entry.detail().startsWith("Written on 2 Nov 2026, not sent yet."), entry.detail());
    }

    @Test
    void bothKindsAppearInTheTimelineWithSearchableText() {
        sent.save(letter(LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 3)),
                Optional.of(PostingMethod.SPECIAL_DELIVERY), ProofOfPostage.NONE, Optional.empty()));
        received.save(new ReceivedLetter(0, caseId, Optional.empty(), LocalDate.of(2026, 11, 19), "CMS",
                "Deduction from earnings order considered.", Optional.empty(), Optional.empty()));
        var sentEntry = sent.timeline(caseId).get(0);
        assertEquals(TimelineKind.LETTER_SENT, sentEntry.kind());
        assertEquals(LocalDate.of(2026, 11, 3), sentEntry.happenedAt().toLocalDate());
        assertTrue(sentEntry.searchText().contains("missed payments in october"));
        assertTrue(sentEntry.searchText().contains("special delivery"));
        var receivedEntry = received.timeline(caseId).get(0);
        assertEquals(TimelineKind.LETTER_RECEIVED, receivedEntry.kind());
        assertTrue(receivedEntry.searchText().contains("deduction from earnings"));
    }

    /** The new letter and the earlier one to the Bin in one go; an earlier letter posted since is never touched. */
    @Test
    void aLetterMadeInPlaceOfAnotherBinsItOnlyIfNothingOfItsSendingIsRecorded() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        long earlier = sent.save(letter(day, Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                Optional.empty()));
        SentLetterStore.Replaced done = sent.addInPlaceOf(letter(day.plusDays(1), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, Optional.empty()), earlier);
        assertTrue(done.earlierBinned());
        assertEquals(List.of(done.id()), sent.letters(caseId).stream().map(SentLetter::id).toList());
        assertEquals(List.of(earlier), sent.binned(caseId).stream().map(b -> b.sourceId()).toList());

        long posted = sent.save(letter(day, Optional.of(day), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, Optional.empty()));
        SentLetterStore.Replaced kept = sent.addInPlaceOf(letter(day.plusDays(2), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, Optional.empty()), posted);
        assertFalse(kept.earlierBinned());
        assertEquals(3, sent.letters(caseId).size(), "the posted letter untouched, the new one saved");
    }

    /**
     * A letter the app made keeps the heading printed in it and its words; its posting recorded from a form that
     * knows nothing of them keeps them (they are never typed, only kept), and it is listed by its heading. A subject
     * the parent retypes is what it is listed by from then on; its words stay.
     */
    @Test
    void aMadeLettersHeadingAndWordsOutliveItsPostingBeingRecorded() {
        SentLetter made = letter(TODAY, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, Optional.empty())
                .madeWith("Our phone call on 19 November 2026 - MINE", "typed.heading=MINE\n");
        long id = sent.save(made);
        assertEquals(made.withId(id), sent.find(id).orElseThrow());
        SentLetter formBuilt = letter(TODAY, Optional.of(TODAY), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, Optional.empty()).withId(id);
        sent.correct(formBuilt);
        SentLetter posted = sent.find(id).orElseThrow();
        assertTrue(posted.isPosted());
        assertEquals("Our phone call on 19 November 2026 - MINE", posted.heading());
        assertEquals("typed.heading=MINE\n", posted.madeWords());
        assertEquals("Our phone call on 19 November 2026 - MINE (to Child Maintenance Service)", posted.title());

        sent.correct(new SentLetter(id, caseId, TODAY, Optional.of(TODAY), posted.to(), "My own name for it",
                posted.kind(), posted.copyDocumentId(), posted.method(), posted.proof(), "", Optional.empty(),
                Optional.empty()));
        SentLetter renamed = sent.find(id).orElseThrow();
        assertEquals("My own name for it (to Child Maintenance Service)", renamed.title());
        assertEquals("typed.heading=MINE\n", renamed.madeWords());
    }
}
