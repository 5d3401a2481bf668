package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.Database;

/**
 * The pack's last page vouches for the records only as far as Check records does. A record changed outside the app
 * around its history (the safeguard dropped, the row changed, the safeguard put back, as anyone with sqlite3 could)
 * leaves the fingerprint as it was, so the page once said "If a record is changed outside the app, the fingerprint no
 * longer matches" beside a fingerprint that still matched. Now the pack is made after the check and says what it found.
 */
class PackRecordsSealTest {

    @TempDir
    Path temp;
    private Path data;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void sampleRecords() {
        data = temp.resolve("data");
        SampleFolders.fill(data);
    }

    private String lastPage(String name) throws Exception {
        Path pack = temp.resolve(name);
        err.reset();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), new PrintStream(out, true, StandardCharsets.UTF_8), errors),
                out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            return last.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("sound records: the last page says the check found nothing changed outside the app")
    void sound() throws Exception {
        String end = lastPage("pack.pdf");
        assertTrue(end.contains("When this pack was made, the app's Check records compared every record with its "
                + "history ("), end);
        assertTrue(end.contains("and found nothing changed outside the app."), end);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a record changed around its history: the page and the command say the check found it")
    void changedAroundTheHistory() throws Exception {
        String before = lastPage("before.pdf");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = raw.createStatement()) {
            String trigger;
            try (ResultSet row = s.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE name = 'cml_journal_case_file_update'")) {
                assertTrue(row.next());
                trigger = row.getString(1);
            }
            s.execute("DROP TRIGGER cml_journal_case_file_update");
            s.executeUpdate("UPDATE case_file SET other_parent_name = 'Someone else'");
            s.execute(trigger);
        }
        String after = lastPage("after.pdf");
        String fingerprint = "Record fingerprint ";
        String printed = before.substring(before.indexOf(fingerprint), before.indexOf(fingerprint) + 38);
        assertTrue(after.contains(printed), "the history is as it was, so is its fingerprint: " + after);
        assertTrue(after.contains("When this pack was made, the app's Check records found one thing that does not "
                + "match the records' history, such as a record changed outside the app."), after);
        assertFalse(after.contains("found nothing changed"), after);
        assertFalse(after.contains("the fingerprint no longer matches"), after);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Check records found one thing in the records "
                + "that does not match their history"), err.toString(StandardCharsets.UTF_8));
    }
}
