package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's description and the date printed on it, apart from the day it was added: saved as an amendment (the
 * earlier version kept), nothing written when nothing changed, and a date after today or words too long refused.
 * A real SQLite file in a temp folder, opened again to read back.
 */
class DocumentDetailsStoreTest extends WithJordanReedsCase {

    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 12);

    @TempDir
    Path parentsFiles;
    DocumentRecordStore documents;

    @BeforeEach
    void open() {
        documents = records.documents();
    }

    private int amendments() {
        return records.database.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM amendment WHERE record_table = 'document'");
                 var r = s.executeQuery()) {
                return r.getInt(1);
            }
        });
    }

    @Test
    @DisplayName("a new document has no date on it; the date added is the app's own day")
    void aNewDocumentHasNoDateOnIt() throws Exception {
        AttachedDocument d = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "")
                .document();
        assertEquals(Optional.empty(), d.datedOn());
        assertEquals(LocalDate.now(DatabaseTest.CLOCK), d.addedOn());
    }

    @Test
    @DisplayName("the description and the date on it are saved as an amendment, and read back after reopening")
    void detailsAreAnAmendmentAndSurviveReopening() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "Scan").document().id();

        assertTrue(documents.amend(id, "  CMS letter about the arrears ", Optional.of(LETTER_DATE)));

        assertEquals(1, amendments());
        var earlier = documents.earlierVersions(id).get(0).columns();
        assertEquals("Scan", earlier.get("description"));
        assertFalse(earlier.containsKey("dated_on"), "no date on it before: " + earlier);
        reopenTheRecords();
        AttachedDocument read = records.documents().find(id).orElseThrow();
        assertEquals("CMS letter about the arrears", read.description());
        assertEquals(Optional.of(LETTER_DATE), read.datedOn());
        assertEquals(LocalDate.now(DatabaseTest.CLOCK), read.addedOn(), "the day it was added is unchanged");
    }

    @Test
    @DisplayName("saving the same words and date again (spaces aside) writes nothing")
    void noChangeWritesNothing() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "").document().id();
        assertFalse(documents.amend(id, "  ", Optional.empty()), "nothing given, nothing changed");
        assertEquals(0, amendments());
        assertTrue(documents.amend(id, "Bank statement for May", Optional.of(LETTER_DATE)));
        assertFalse(documents.amend(id, "Bank statement for May ", Optional.of(LETTER_DATE)));
        assertEquals(1, amendments());
        // Taking the date away again is a change like any other.
        assertTrue(documents.amend(id, "Bank statement for May", Optional.empty()));
        assertEquals(Optional.empty(), documents.find(id).orElseThrow().datedOn());
        assertEquals(2, amendments());
    }

    @Test
    @DisplayName("a date after today, or words over the limit, are refused with a message and nothing saved")
    void badDetailsAreRefused() throws Exception {
        long id = documents.add(caseId, TestFiles.png(parentsFiles.resolve("letter.png"), 10), "Scan").document().id();
        LocalDate tomorrow = LocalDate.now(DatabaseTest.CLOCK).plusDays(1);

        StoreException future = assertThrows(StoreException.class,
                () -> documents.amend(id, "CMS letter", Optional.of(tomorrow)));
        assertEquals("Nothing was saved. That date is in the future. Use the date printed on the document.",
                future.getMessage());
        assertEquals(Optional.of("That date is in the future. Use the date printed on the document."),
                documents.datedOnProblem(Optional.of(tomorrow)));
        assertEquals(Optional.empty(), documents.datedOnProblem(Optional.of(LocalDate.now(DatabaseTest.CLOCK))),
                "today is fine");
        StoreException huge = assertThrows(StoreException.class,
                () -> documents.amend(id, "x".repeat(5_001), Optional.of(LETTER_DATE)));
        assertTrue(huge.getMessage().contains("5,001"), huge.getMessage());

        assertEquals(0, amendments());
        AttachedDocument kept = documents.find(id).orElseThrow();
        assertEquals("Scan", kept.description());
        assertEquals(Optional.empty(), kept.datedOn());
    }
}
