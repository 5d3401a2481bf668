package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.RecordsAnchor;
import uk.cml.store.Database;

/**
 * The reviewer's steps: a backup restored into a new folder, an older records file copied over it, the anchor
 * deleted. Opening and closing the app must not make a new anchor for records it cannot vouch for (Check records
 * then said "Everything matches" with the case, calls and notes gone); records made before anchors existed still
 * get their first anchor that way.
 */
class AnchorLostTest {

    private static final String LOST = "is missing, though these records had one";
    private static final String STARTED_AGAIN = "was started again from these records on";

    @TempDir
    Path temp;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void sampleRecords() {
        data = temp.resolve("data");
        SampleFolders.fill(data);
    }

    private int run(String... args) {
        out.reset();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), both, both);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("An older records file with its anchor deleted: told at start, never vouched for after an open and "
            + "close, until the parent starts the anchor again, which every later check reports")
    void olderRecordsWithTheAnchorDeleted() throws Exception {
        Path older = temp.resolve("older.db");
        Files.copy(data.resolve(Database.FILE_NAME), older);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            services.notes.add(new Note(0, services.cases.cases().get(0).id(), java.time.LocalDate.of(2026, 11, 2),
                    NoteCategory.PLAIN, "A later note", null));
        }
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, run("backup", "--to", backup.toString(), "--data-dir", data.toString()), said());
        Path fresh = temp.resolve("fresh");
        assertEquals(0, run("restore", "--from", backup.toString(), "--data-dir", fresh.toString()), said());
        Files.copy(older, fresh.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(fresh.resolve(RecordsAnchor.FILE_NAME));

        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", fresh.toString()), said());
        assertTrue(said().contains(LOST), said());
        assertFalse(said().contains("If you have just updated the app"), "opening and closing would not help: " + said());

        try (AppServices services = AppServices.open(fresh, Clock.systemUTC())) {
            assertTrue(services.startNotes().stream().anyMatch(n -> n.contains(LOST)),
                    "told at once: " + services.startNotes());
        }
        assertFalse(Files.exists(fresh.resolve(RecordsAnchor.FILE_NAME)), "no anchor made for these records");
        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", fresh.toString()), said());
        assertFalse(said().startsWith("Everything matches"), said());
        assertTrue(said().contains(LOST), said());

        // The parent knows these are their newest records: the anchor starts again, and that is never forgotten.
        try (AppServices services = AppServices.open(fresh, Clock.systemUTC())) {
            assertTrue(services.safety.anchorToStartAgain(), "offered");
            services.safety.startAnchorAgain();
            assertFalse(services.safety.anchorToStartAgain(), "done");
        }
        assertTrue(Files.exists(fresh.resolve(RecordsAnchor.FILE_NAME)));
        for (int time = 0; time < 2; time++) {
            // The parent's choice, not damage: nothing differs, so the records are sound, with the limit said.
            assertEquals(0, run("verify", "--data-dir", fresh.toString()), said());
            assertTrue(said().startsWith("Everything matches."), said());
            assertTrue(said().contains("Nothing has been changed outside the app that the check can see: you started "
                    + "the record anchor again on "), said());
            assertFalse(said().contains("restore a backup made before them"), said());
            assertTrue(said().contains(STARTED_AGAIN), said());
            assertTrue(said().contains("whether entries before then were cut off"), said());
            assertFalse(said().contains(LOST), said());
            try (AppServices services = AppServices.open(fresh, Clock.systemUTC())) {
                assertTrue(services.startNotes().isEmpty(), services.startNotes().toString());
            }
        }
        // The pack says the restart as what it is: never "such as a record changed outside the app".
        Path pack = temp.resolve("pack.pdf");
        assertEquals(0, run("export-pack", "--to", pack.toString(), "--data-dir", fresh.toString()), said());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pack.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper last = new org.apache.pdfbox.text.PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            String end = last.getText(doc).replaceAll("\\s+", " ");
            assertTrue(end.contains("and found nothing changed outside the app. The note the app keeps of where the "
                    + "records' history ends was started again from the records on "), end);
            assertFalse(end.contains("does not match"), end);
        }
        // A backup of them restores (the note is history, not damage), and the restored records still say it.
        Path after = temp.resolve("after.zip");
        assertEquals(0, run("backup", "--to", after.toString(), "--data-dir", fresh.toString()), said());
        Path again = temp.resolve("again");
        assertEquals(0, run("restore", "--from", after.toString(), "--data-dir", again.toString()), said());
        assertEquals(0, run("verify", "--data-dir", again.toString()), said());
        assertTrue(said().contains(STARTED_AGAIN), said());
    }

    @Test
    @DisplayName("An older copy put back beside its anchor: told at start, with what to do, and offered in Settings")
    void olderCopyBesideItsAnchor() throws Exception {
        Path older = temp.resolve("older.db");
        Files.copy(data.resolve(Database.FILE_NAME), older);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            services.notes.add(new Note(0, services.cases.cases().get(0).id(), java.time.LocalDate.of(2026, 11, 2),
                    NoteCategory.PLAIN, "A later note", null));
        }
        Files.copy(older, data.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            assertTrue(services.startNotes().stream().anyMatch(n -> n.contains("is shorter than it was")
                    && n.contains("\"Start again from these records\"")), services.startNotes().toString());
            assertTrue(services.safety.anchorToStartAgain());
        }
    }

    @Test
    @DisplayName("The anchor deleted from the newest records: the same, and restoring the newest backup puts it back")
    void anchorDeletedByAccident() throws Exception {
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, run("backup", "--to", backup.toString(), "--data-dir", data.toString()), said());
        Files.delete(data.resolve(RecordsAnchor.FILE_NAME));
        AppServices.open(data, Clock.systemUTC()).close();
        assertFalse(Files.exists(data.resolve(RecordsAnchor.FILE_NAME)));
        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", data.toString()), said());
        assertTrue(said().contains(LOST), said());

        assertEquals(0, run("restore", "--from", backup.toString(), "--data-dir", data.toString()), said());
        assertEquals(0, run("verify", "--data-dir", data.toString()), said());
        assertTrue(said().startsWith("Everything matches"), said());
    }

    @Test
    @DisplayName("Records made before anchors existed still get their first anchor by opening and closing the app")
    void recordsFromBeforeAnchors() throws Exception {
        Path old = temp.resolve("old");
        Files.createDirectories(old);
        Database.open(old, Clock.systemUTC(), JournalTriggers::install).close();
        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", old.toString()), said());
        assertTrue(said().contains("If you have just updated the app, open it once, close it, and check again."),
                said());
        AppServices.open(old, Clock.systemUTC()).close();
        assertEquals(0, run("verify", "--data-dir", old.toString()), said());
        assertTrue(said().startsWith("Everything matches"), said());
    }
}
