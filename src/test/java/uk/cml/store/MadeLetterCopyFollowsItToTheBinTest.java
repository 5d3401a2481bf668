package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.privacy.MovableClock;

/**
 * Reviewer rv7 binned a reconsideration request the app made on 6 Dec (she had posted one on 3 Aug, and logged that):
 * its PDF, dated 6 Dec, stayed in Documents and on the Timeline, a copy that undercut the "posted 3 Aug" record. The
 * copy of a letter goes to the Bin with it and comes back with it (Undo, or "Put back" on the Bin page); nothing is
 * deleted. A copy another record still uses stays where it is. A real SQLite file in a temp folder.
 */
class MadeLetterCopyFollowsItToTheBinTest {

    @TempDir
    Path folder;
    @TempDir
    Path parentsFiles;
    MovableClock clock;
    Database database;
    DocumentRecordStore documents;
    SentLetterStore sent;
    long caseId;

    @BeforeEach
    void open() {
        clock = new MovableClock(Instant.parse("2026-12-06T10:15:00Z"), ZoneId.of("Europe/London"));
        database = Database.open(folder, clock);
        caseId = new CaseStore(database, new History(clock), clock).completeSetup(CaseStoreTest.me(),
                CaseStoreTest.aCase());
        documents = new DocumentRecordStore(database, new History(clock), clock,
                new DocumentStore(folder.resolve("documents")));
        sent = new SentLetterStore(database, new History(clock), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long copy(String name, int size) throws Exception {
        return documents.add(caseId, TestFiles.png(parentsFiles.resolve(name), size), "").document().id();
    }

    private long made(long copyId) {
        return sent.save(new SentLetter(0, caseId, LocalDate.of(2026, 12, 6), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Mandatory reconsideration request to CMS", LetterKind.RECONSIDERATION_REQUEST, Optional.of(copyId),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    private boolean kept(long documentId) {
        return documents.documents(caseId).stream().anyMatch(d -> d.id() == documentId);
    }

    private boolean onTimeline(long documentId) {
        List<TimelineEntry> entries = documents.timeline(caseId);
        return entries.stream().anyMatch(e -> e.sourceId() == documentId);
    }

    @Test
    void theCopyGoesToTheBinWithItsLetterAndComesBackWithIt() throws Exception {
        long pdf = copy("2026-12-06 Mandatory reconsideration.png", 10);
        long letter = made(pdf);

        sent.moveToBin(letter);
        assertFalse(kept(pdf), "the copy dated 6 Dec is no longer among the documents");
        assertFalse(onTimeline(pdf), "nor on the Timeline");
        assertTrue(documents.binned(caseId).stream().anyMatch(d -> d.id() == pdf),
                "it is in the Bin, not deleted");

        sent.restore(letter);
        assertTrue(kept(pdf), "put back with its letter");
        assertTrue(onTimeline(pdf));
        assertEquals(Optional.of(pdf), sent.find(letter).orElseThrow().copyDocumentId());
    }

    private SentLetter madeAgain(long copyId) {
        return new SentLetter(0, caseId, LocalDate.of(2026, 12, 6), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Mandatory reconsideration request to CMS", LetterKind.RECONSIDERATION_REQUEST, Optional.of(copyId),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private String binMarker(String table, long id) {
        return database.read(c -> {
            try (var s = c.prepareStatement("SELECT deleted_at FROM " + table + " WHERE id = ?")) {
                s.setLong(1, id);
                try (var r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : "no row";
                }
            }
        });
    }

    /**
     * "Make it again" puts the earlier letter in the Bin: its PDF goes with it, by the step the Bin's own "Move to
     * bin" takes, with the same bin marker, and comes back when the letter is put back. The new letter's PDF stays.
     */
    @Test
    void madeAgainTheEarlierLettersCopyGoesToTheBinWithItAndComesBackWithIt() throws Exception {
        long earlierPdf = copy("2026-12-06 Mandatory reconsideration.png", 10);
        long earlier = made(earlierPdf);
        long newPdf = copy("2026-12-06 Mandatory reconsideration (1).png", 11);

        SentLetterStore.Replaced done = sent.addInPlaceOf(madeAgain(newPdf), earlier);

        assertTrue(done.earlierBinned());
        assertTrue(done.copyBinned(), "said, so the writer can tell the parent");
        assertFalse(kept(earlierPdf), "the earlier PDF is no longer among the documents");
        assertFalse(onTimeline(earlierPdf));
        assertTrue(documents.binned(caseId).stream().anyMatch(d -> d.id() == earlierPdf), "in the Bin, not deleted");
        assertEquals(binMarker("letter_sent", earlier), binMarker("document", earlierPdf), "the same bin marker");
        assertTrue(kept(newPdf), "the new letter's PDF stays");

        sent.restore(earlier);
        assertTrue(kept(earlierPdf), "put back with its letter");
        assertEquals(2, sent.letters(caseId).size());
    }

    /** The new letter may have the very same file (the same bytes make one document): then it stays. */
    @Test
    void madeAgainACopyTheNewLetterAlsoUsesStays() throws Exception {
        long pdf = copy("same.png", 13);
        long earlier = made(pdf);

        SentLetterStore.Replaced done = sent.addInPlaceOf(madeAgain(pdf), earlier);

        assertTrue(done.earlierBinned());
        assertFalse(done.copyBinned());
        assertTrue(kept(pdf), "the new letter's copy is not put in the Bin");
    }

    /**
     * If moving the PDF to the Bin fails (here the records refuse it), nothing is half done: the earlier letter is
     * not in the Bin, the new one is not logged, the PDF is where it was, and the failure says so in plain words.
     */
    @Test
    void madeAgainAFailedMoveOfTheCopyLeavesEverythingAsItWas() throws Exception {
        long earlierPdf = copy("earlier.png", 14);
        long earlier = made(earlierPdf);
        long newPdf = copy("new.png", 15);
        database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TEMP TRIGGER refuse_document_bin BEFORE UPDATE OF deleted_at ON document "
                        + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
            }
            return null;
        });

        StoreException failed = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> sent.addInPlaceOf(madeAgain(newPdf), earlier));

        assertEquals("The app could not save that change, so nothing was changed. Try again; if it keeps happening, "
                + "restart the app.", failed.getMessage());
        assertEquals(List.of(earlier), sent.letters(caseId).stream().map(SentLetter::id).toList(),
                "the earlier letter is still to post; the new one is not logged");
        assertTrue(sent.binned(caseId).isEmpty());
        assertTrue(kept(earlierPdf));
    }

    /**
     * A copy the parent moved to the Bin on its own, before the letter went there, stays there when the letter is put
     * back: only what went to the Bin with a letter (its bin marker) comes back with it.
     */
    @Test
    void aCopyBinnedOnItsOwnBeforeStaysInTheBinWhenTheLetterComesBack() throws Exception {
        long pdf = copy("binned alone.png", 16);
        long letter = made(pdf);
        documents.moveToBin(pdf);
        clock.advance(java.time.Duration.ofMinutes(5));
        sent.moveToBin(letter);

        sent.restore(letter);
        assertFalse(kept(pdf), "the parent's own move to the Bin stands");
    }

    /**
     * Two letters with one copy, both binned: the copy went with the second; either letter put back brings it back,
     * as a letter outside the Bin uses it again.
     */
    @Test
    void aSharedCopyComesBackWithEitherLetter() throws Exception {
        long pdf = copy("shared by two.png", 17);
        long first = made(pdf);
        long second = made(pdf);
        sent.moveToBin(first);
        assertTrue(kept(pdf), "the second still uses it");
        clock.advance(java.time.Duration.ofMinutes(5));
        sent.moveToBin(second);
        assertFalse(kept(pdf));

        sent.restore(first);
        assertTrue(kept(pdf), "the first is back and uses it");
    }

    @Test
    void aCopyAnotherRecordStillUsesStays() throws Exception {
        long pdf = copy("shared.png", 12);
        long letter = made(pdf);
        made(pdf);

        sent.moveToBin(letter);
        assertTrue(kept(pdf), "the other letter still has it as its copy");
    }
}
