package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.safety.CheckReport;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsAnchor;
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
        List<Migrations.Migration> before = Migrations.all().stream().filter(m -> m.version() <= 23).toList();
        assertTrue(Migrations.latestVersion() > 23, "this version adds a script after V023");
        try (Database old = Database.open(folder, DatabaseTest.CLOCK, JournalTriggers::install, before)) {
            assertEquals(23, old.schemaVersion());
            old.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO my_details (id, full_name, address_lines, postcode, recorded_at) VALUES "
                            + "(1, 'Sam Taylor', '1 High Street', 'AB1 2CD', '2026-01-01T09:00')");
                    s.execute("INSERT INTO case_file (id, other_parent_name, other_parent_work, arrangement, "
                            + "cms_reference, collection_fee_percent, recorded_at) VALUES (1, 'Jordan Reed', "
                            + "'EMPLOYED', 'DIRECT_PAY', '121234567890', '4', '2026-01-01T09:00')");
                    s.execute("INSERT INTO document (id, case_id, sha256, original_name, type, size_bytes, page_count, "
                            + "added_on, description, recorded_at) VALUES (7, 1, '" + stored.sha256() + "', "
                            + "'cms-letter.png', 'PNG', " + stored.sizeBytes() + ", 1, '2026-03-02', 'CMS letter', '2026-03-02T10:00')");
                }
                return null;
            });
            new RecordsSafety(old, new SettingsStore(old), folder, DatabaseTest.CLOCK, "old").keepAnchor();
        }

        Optional<RecordsAnchor> anchor = RecordsAnchor.read(folder);
        try (Database database = Database.open(folder, DatabaseTest.CLOCK, c -> JournalTriggers.install(c, anchor))) {
            assertEquals(Migrations.latestVersion(), database.schemaVersion());
            try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
                List<String> names = backups.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("before-upgrade-v23-to-v"
                        + Migrations.latestVersion())), "copied aside before the upgrade: " + names);
            }
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
