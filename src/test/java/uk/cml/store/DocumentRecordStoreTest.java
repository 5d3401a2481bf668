package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentRefusedException;
import uk.cml.documents.DocumentType;
import uk.cml.domain.timeline.TimelineKind;

class DocumentRecordStoreTest extends WithJordanReedsCase {

    @TempDir
    Path parentsFiles;
    DocumentRecordStore documents;
    long otherCase;

    @BeforeEach
    void open() {
        CaseStore cases = records.cases();
        otherCase = cases.create(CaseStoreTest.aCase());
        documents = records.documents();
    }

    @Test
    void aFileIsStoredUnderItsHashAndRecordedWithItsNameAndDate() throws Exception {
        Path photo = TestFiles.png(parentsFiles.resolve("certificate.png"), 10);
        var added = documents.add(caseId, photo, "Certificate of posting");
        assertFalse(added.alreadyAttached());
        AttachedDocument d = added.document();
        assertEquals("certificate.png", d.originalName());
        assertEquals(DocumentType.PNG, d.type());
        assertEquals(Files.size(photo), d.sizeBytes());
        assertEquals(1, d.pageCount());
        assertEquals(LocalDate.of(2026, 11, 22), d.addedOn());
        assertEquals("Certificate of posting", d.description());
        Path stored = documents.fileOf(d);
        assertTrue(stored.startsWith(folder.resolve("documents")));
        assertEquals(d.sha256(), stored.getFileName().toString());
        assertEquals(-1, Files.mismatch(photo, stored));
        assertEquals(List.of(d), documents.documents(caseId));
    }

    @Test
    void theSameFileTwiceInACaseIsOneRowWithANote() throws Exception {
        Path photo = TestFiles.png(parentsFiles.resolve("a.png"), 20);
        Path copy = Files.copy(photo, parentsFiles.resolve("a copy.png"));
        var first = documents.add(caseId, photo, "");
        var second = documents.add(caseId, copy, "");
        assertTrue(second.alreadyAttached());
        assertEquals(first.document().id(), second.document().id());
        assertTrue(second.note().contains("already attached"), second.note());
        assertEquals(1, documents.documents(caseId).size());
        // Another case may hold the same evidence: it gets its own row, the file is still kept once.
        var other = documents.add(otherCase, copy, "");
        assertFalse(other.alreadyAttached());
        assertEquals(first.document().sha256(), other.document().sha256());
    }

    @Test
    void aRefusedFileLeavesNoRow() throws Exception {
        Path fake = TestFiles.textCalledPdf(parentsFiles.resolve("statement.pdf"));
        DocumentRefusedException refused = assertThrows(DocumentRefusedException.class,
                () -> documents.add(caseId, fake, ""));
        assertFalse(refused.getMessage().isBlank());
        assertEquals(List.of(), documents.documents(caseId));
    }

    @Test
    void binAndRestoreAndAddingABinnedFileAgainBringsItBack() throws Exception {
        Path photo = TestFiles.png(parentsFiles.resolve("b.png"), 30);
        long id = documents.add(caseId, photo, "").document().id();
        documents.moveToBin(id);
        assertEquals(List.of(), documents.documents(caseId));
        assertEquals(id, documents.binned(caseId).get(0).id());
        documents.restore(id);
        assertEquals(id, documents.documents(caseId).get(0).id());
        documents.moveToBin(id);
        assertTrue(documents.add(caseId, photo, "").alreadyAttached());
        assertEquals(id, documents.documents(caseId).get(0).id(), "adding it again takes it out of the bin");
    }

    @Test
    void aNewDescriptionKeepsTheEarlierOneAndTheTimelineShowsTheDocument() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("c.png"), 40), "First words").document().id();
        documents.describe(id, "Better words");
        assertEquals("Better words", documents.find(id).orElseThrow().description());
        assertEquals("First words", documents.earlierVersions(id).get(0).columns().get("description"));
        var entry = documents.timeline(caseId).get(0);
        assertEquals(TimelineKind.DOCUMENT, entry.kind());
        assertTrue(entry.searchText().contains("c.png"));
    }
}
