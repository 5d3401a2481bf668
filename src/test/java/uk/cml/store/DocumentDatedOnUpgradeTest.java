package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * Records kept by the version before the date on a document (schema V023, the journal watching every table), opened
 * by this one: the file is copied aside first, the documents read with no date on them, the date can be given, and
 * Check records finds everything as the app left it. Real SQLite files in a temp folder.
 */
class DocumentDatedOnUpgradeTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a V023 file with a document is backed up, upgraded, read, amended, and Check records stays clean")
    void upgradesFromTheSchemaBefore() throws Exception {
        // The file itself, as the documents folder keeps it: Check records looks for it.
        var stored = new DocumentStore(folder.resolve("documents")).add(TestFiles.png(folder.resolve("cms-letter.png"),
                10));
        OlderRecordsFile.makeAt(folder, 23, s -> {
            s.execute("INSERT INTO document (id, case_id, sha256, original_name, type, size_bytes, page_count, "
                    + "added_on, description, recorded_at) VALUES (7, 1, '" + stored.sha256() + "', "
                    + "'cms-letter.png', 'PNG', " + stored.sizeBytes() + ", 1, '2026-03-02', 'CMS letter', '2026-03-02T10:00')");
        });
        try (Database database = OlderRecordsFile.openUpgraded(folder, 23)) {
            RecordsSafety safety = new RecordsSafety(database, new SettingsStore(database), folder,
                    DatabaseTest.CLOCK, "test");
            safety.keepAnchor();
            assertClean(safety.check(Progress.NONE));

            DocumentRecordStore documents = new DocumentRecordStore(database, new History(DatabaseTest.CLOCK),
                    DatabaseTest.CLOCK, new DocumentStore(folder.resolve("documents")));
            AttachedDocument kept = documents.find(7).orElseThrow();
            assertEquals("CMS letter", kept.description());
            assertEquals(Optional.empty(), kept.datedOn(), "no date on it until the parent gives one");
            assertEquals(LocalDate.of(2026, 3, 2), kept.addedOn());

            assertTrue(documents.amend(7, "CMS letter about the arrears", Optional.of(LocalDate.of(2026, 2, 26))));
            assertEquals(Optional.of(LocalDate.of(2026, 2, 26)), documents.find(7).orElseThrow().datedOn());
            assertClean(safety.check(Progress.NONE));
        }
    }

    private static void assertClean(CheckReport report) {
        assertEquals(List.of(), report.problems());
        assertTrue(report.allMatch(), report.summary());
    }
}
