package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of stored documents made to open in the computer's viewer: named so the computer knows what opens them. */
class ViewingCopiesTest {

    @TempDir
    Path data;

    @Test
    void aCopyHasTheDocumentsNameItsRealEndingAndTheSameBytesAndTheStoredCopyIsLeftAlone() throws Exception {
        DocumentStore store = new DocumentStore(data.resolve("documents"));
        StoredDocument stored = store.add(Fixtures.pdf(data.resolve("Letter from CMS.pdf"), 2));
        Path kept = store.pathOf(stored.sha256());
        ViewingCopies copies = ViewingCopies.besides(store);

        Path copy = copies.copyOf(kept, "Letter from CMS", DocumentType.PDF);

        assertEquals("Letter from CMS.pdf", copy.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(kept), Files.readAllBytes(copy));
        assertEquals(data.resolve("viewing-copies"), copy.getParent().getParent(),
                "a folder of its own in viewing-copies, beside the documents, not among them");
        assertEquals(VerifyResult.OK, store.verify(stored.sha256()));
        assertEquals(java.util.List.of(stored.sha256()), store.listAll(), "nothing new among the stored documents");
        Path again = copies.copyOf(kept, "Letter from CMS", DocumentType.PDF);
        assertNotEquals(copy, again, "two copies of the same name never meet");
        assertTrue(Files.exists(copy));
    }

    @Test
    void namesAreMadeSafeAndEndAsWhatTheFileReallyIs() {
        assertEquals("Bank statement.pdf", ViewingCopies.readableName("Bank statement.pdf", DocumentType.PDF));
        assertEquals("scan.jpeg", ViewingCopies.readableName("scan.JPEG", DocumentType.JPEG));
        assertEquals("Bank statement (renamed).jpg",
                ViewingCopies.readableName("Bank statement (renamed)", DocumentType.JPEG));
        assertEquals("statement.pdf.jpg", ViewingCopies.readableName("statement.pdf", DocumentType.JPEG),
                "a name that says PDF must not open a photo as a PDF");
        assertEquals("Letter_ what now_.png", ViewingCopies.readableName("Letter: what now?", DocumentType.PNG));
        assertEquals("evil.pdf", ViewingCopies.readableName("..\\..\\evil.pdf", DocumentType.PDF));
        assertEquals("Document.pdf", ViewingCopies.readableName("", DocumentType.PDF));
        assertEquals("Document.pdf", ViewingCopies.readableName(" ... .pdf", DocumentType.PDF));
        assertEquals("Document CON.pdf", ViewingCopies.readableName("CON.pdf", DocumentType.PDF),
                "a name Windows keeps for a device");
        String longName = ViewingCopies.readableName("a".repeat(300) + ".pdf", DocumentType.PDF);
        assertEquals(ViewingCopies.LONGEST_NAME + 4, longName.length());
        assertTrue(longName.endsWith(".pdf"));
    }

    @Test
    void tidyingRemovesTheCopiesMadeBeforeTheTimeGivenAndKeepsTheNewerOnes() throws Exception {
        Path stored = Files.write(data.resolve("stored"), new byte[] {1, 2, 3});
        ViewingCopies copies = new ViewingCopies(data.resolve("viewing-copies"));
        Path old = copies.copyOf(stored, "old", DocumentType.PNG);
        Path recent = copies.copyOf(stored, "recent", DocumentType.PNG);
        Instant now = Instant.now();
        Files.setLastModifiedTime(old.getParent(), FileTime.from(now.minusSeconds(7200)));

        assertEquals(1, copies.tidy(now.minusSeconds(3600)));

        assertFalse(Files.exists(old.getParent()), "the old copy and its folder went, read-only as it was");
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(stored));
    }
}
