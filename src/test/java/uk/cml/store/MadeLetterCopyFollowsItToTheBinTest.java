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

    @Test
    void aCopyAnotherRecordStillUsesStays() throws Exception {
        long pdf = copy("shared.png", 12);
        long letter = made(pdf);
        made(pdf);

        sent.moveToBin(letter);
        assertTrue(kept(pdf), "the other letter still has it as its copy");
    }
}
