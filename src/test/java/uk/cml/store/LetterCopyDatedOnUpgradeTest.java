package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.safety.CheckReport;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;

/**
 * Records kept by the version whose letters were stored under Documents with no date on them (schema V024): opened
 * by this one, the file is copied aside first, and a letter's copy the app made (its file named with the day the
 * letter is logged as written) gets that day as the date on the document. A document the parent dated, a scan, and a
 * copy whose name does not carry the letter's day are left as they were; Check records stays clean. Real SQLite.
 */
class LetterCopyDatedOnUpgradeTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a V024 file: the app's letter copies get the letter's date, nothing else changes")
    void fillsTheLettersDate() throws Exception {
        DocumentStore files = new DocumentStore(folder.resolve("documents"));
        var letter = files.add(TestFiles.png(folder.resolve("a.png"), 10));
        var dated = files.add(TestFiles.png(folder.resolve("b.png"), 20));
        var renamed = files.add(TestFiles.png(folder.resolve("c.png"), 30));
        var scan = files.add(TestFiles.png(folder.resolve("d.png"), 40));
        OlderRecordsFile.makeAt(folder, 24, s -> {
            document(s, 7, letter, "2026-11-03 Enforcement request to CMS.pdf", "2026-11-04", null);
            document(s, 8, dated, "2026-11-05 Complaint to CMS.pdf", "2026-11-05", "2026-11-01");
            document(s, 9, renamed, "my complaint.pdf", "2026-11-06", null);
            document(s, 10, scan, "cms-letter.png", "2026-11-07", null);
            letter(s, 1, "2026-11-03", 7);
            letter(s, 2, "2026-11-05", 8);
            letter(s, 3, "2026-11-06", 9);
        });
        try (Database database = OlderRecordsFile.openUpgraded(folder, 24)) {
            DocumentRecordStore documents = new DocumentRecordStore(database, new History(DatabaseTest.CLOCK),
                    DatabaseTest.CLOCK, files);
            assertEquals(Optional.of(LocalDate.of(2026, 11, 3)), documents.find(7).orElseThrow().datedOn(),
                    "the letter's own date, not the day it was added");
            assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), documents.find(8).orElseThrow().datedOn(),
                    "the parent's date stays");
            assertEquals(Optional.empty(), documents.find(9).orElseThrow().datedOn(), "not named by the app");
            assertEquals(Optional.empty(), documents.find(10).orElseThrow().datedOn(), "not a letter's copy");
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), folder,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            assertClean(safety.check(Progress.NONE));
        }
    }

    private static void document(Statement s, long id, uk.cml.documents.StoredDocument stored, String name,
            String addedOn, String datedOn) throws java.sql.SQLException {
        s.execute("INSERT INTO document (id, case_id, sha256, original_name, type, size_bytes, page_count, added_on, "
                + "description, recorded_at, dated_on) VALUES (" + id + ", 1, '" + stored.sha256() + "', '" + name
                + "', 'PNG', " + stored.sizeBytes() + ", 1, '" + addedOn + "', '', '" + addedOn + "T10:00', "
                + (datedOn == null ? "NULL" : "'" + datedOn + "'") + ")");
    }

    private static void letter(Statement s, long id, String writtenOn, long copy) throws java.sql.SQLException {
        s.execute("INSERT INTO letter_sent (id, case_id, written_on, to_name, subject, kind, copy_document_id, "
                + "recorded_at) VALUES (" + id + ", 1, '" + writtenOn + "', 'Child Maintenance Service', 'Letter', "
                + "'OTHER', " + copy + ", '" + writtenOn + "T10:00')");
    }

    private static void assertClean(CheckReport report) {
        assertEquals(List.of(), report.problems());
        assertTrue(report.allMatch(), report.summary());
    }
}
