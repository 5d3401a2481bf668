package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.safety.JournalTriggers;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;
import uk.cml.store.PaymentStore;

/** The headless commands, run as a script would run them, with their exit codes. */
class SafetyCommandsTest {

    @TempDir
    Path temp;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void sampleRecords() {
        data = temp.resolve("data");
        assertEquals(0, run("sample-data", "--data-dir", data.toString()));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(CommandLine.parse(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("verify: 0 when everything matches, 3 and the record named when changed behind the app's back")
    void verify() throws Exception {
        assertEquals(0, run("verify", "--data-dir", data.toString()), said());
        assertTrue(said().startsWith("Everything matches."), said());
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = raw.createStatement()) {
            s.execute("DROP TRIGGER cml_journal_case_file_update");
            s.executeUpdate("UPDATE case_file SET other_parent_name = 'Someone else'");
        }
        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", data.toString()), said());
        assertTrue(said().contains("- The case recorded on "), said());
        assertTrue(said().contains("was changed outside the app."), said());
    }

    @Test
    @DisplayName("verify: a plan first due off the payment day of the plan before is listed apart, under its heading; still 0")
    void verifyListsPlansToCheck() throws Exception {
        try (Database records = Database.open(data, Clock.systemDefaultZone(), JournalTriggers::install)) {
            PaymentStore payments = new PaymentStore(records, new History(Clock.systemDefaultZone()),
                    Clock.systemDefaultZone());
            long caseId = new CaseStore(records, new History(Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .cases().get(0).id();
            PaymentPlan last = payments.plans(caseId).get(payments.plans(caseId).size() - 1);
            // A week and a day after the plan's first due: never one of its payment days, weekly or monthly.
            LocalDate offDay = last.firstDue().plusDays(8);
            payments.savePlan(caseId, new PaymentPlan(0, last.amount().plus(Money.ofPence(100)), last.frequency(),
                    offDay, "CMS letter"));
        }

        assertEquals(0, run("verify", "--data-dir", data.toString()), said());
        List<String> lines = said().lines().toList();
        assertTrue(lines.get(0).startsWith("Everything matches."), said());
        assertTrue(lines.get(0).endsWith("Check it against the CMS letter it came from. This is not damage to your "
                + "records."), said());
        assertEquals("Payment plans to check on the Payments page:", lines.get(1), said());
        assertTrue(lines.get(2).startsWith("- Case 'Owed by ") && lines.get(2).endsWith("is right, nothing needs doing."),
                said());
        assertEquals(3, lines.size(), said());
    }

    @Test
    @DisplayName("verify: a detail an earlier version kept is listed apart, under its heading; still 0, the records are sound")
    void verifyListsDetailsToCorrect() throws Exception {
        // As a version before the phone rule saved it: through the app's journal, past the case store's checks.
        try (Database old = Database.open(data, Clock.systemDefaultZone(), JournalTriggers::install)) {
            old.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE my_details SET phone = '07700 900123 call after 6pm'"));
        }
        String detail = "- Your own details: your phone number \"07700 900123 call after 6pm\" is not a phone number "
                + "the app can use. Open the Case page and correct it, or move the words into a note.";

        assertEquals(0, run("verify", "--data-dir", data.toString()), said());
        List<String> lines = said().lines().toList();
        assertTrue(lines.get(0).startsWith("Everything matches."), said());
        assertTrue(lines.get(0).endsWith("It is not damage: your records file is sound. Until it is corrected the "
                + "Case page cannot save any change."), said());
        assertEquals(List.of("Details to correct on the Case page:", detail), lines.subList(1, lines.size()));

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = raw.createStatement()) {
            s.execute("DROP TRIGGER cml_journal_case_file_update");
            s.executeUpdate("UPDATE case_file SET other_parent_name = 'Someone else'");
        }
        assertEquals(SafetyCommands.CHANGES_FOUND, run("verify", "--data-dir", data.toString()), said());
        lines = said().lines().toList();
        assertTrue(lines.get(0).startsWith("2 things do not match."), said());
        assertTrue(lines.get(0).endsWith("Separately, one detail needs correcting on the Case page (listed after "
                + "them): it was saved before the app checked it as it does now, and is not damage."), said());
        assertTrue(lines.get(1).startsWith("- The app's protection of your case details (the part that notes each "
                + "change) is missing"), said());
        assertEquals("", lines.get(2), "a blank line between findings, so they do not run together: " + said());
        assertTrue(lines.get(3).startsWith("- The case recorded on ") && lines.get(3).endsWith("was changed outside "
                + "the app. What the app saved, and what the records file says now:"), said());
        assertEquals("    The other parent's name: was \u201cJordan Reed\u201d, now \u201cSomeone else\u201d",
                lines.get(4), said());
        assertEquals(List.of("", "Details to correct on the Case page:", detail), lines.subList(5, lines.size()),
                said());
    }

    @Test
    @DisplayName("backup then restore: 0; the same file again or a damaged one: 1 with the reason")
    void backupAndRestore() throws Exception {
        Path file = temp.resolve("nightly.zip");
        assertEquals(0, run("backup", "--to", file.toString(), "--data-dir", data.toString()), said());
        assertTrue(Files.isRegularFile(file));
        assertTrue(said().contains("Record fingerprint "), said());
        assertEquals(1, run("backup", "--to", file.toString(), "--data-dir", data.toString()));
        assertTrue(said().contains("already a file called nightly.zip"), said());

        Path damaged = temp.resolve("damaged.zip");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertEquals(1, run("restore", "--from", damaged.toString(), "--data-dir", data.toString()));
        assertTrue(said().contains("Nothing has been changed"), said());

        Path other = temp.resolve("other");
        assertEquals(0, run("restore", "--from", file.toString(), "--data-dir", other.toString()), said());
        assertEquals(0, run("verify", "--data-dir", other.toString()), said());
        try (AppServices restored = AppServices.open(other, Clock.systemUTC())) {
            assertEquals("Jordan Reed", restored.cases.cases().get(0).otherParentName());
        }
    }

    @Test
    @DisplayName("every command refuses politely while the app has the records open")
    void refusedWhileOpen() {
        try (AppServices open = AppServices.open(data, Clock.systemUTC())) {
            open.safety.backUpTo(temp.resolve("b.zip"), (d, t, s) -> { });
            for (List<String> command : List.of(List.of("verify"), List.of("backup", "--to", temp.resolve("b.zip")
                    .toString()), List.of("export-csv", "--to", temp.toString()), List.of("restore", "--from",
                    temp.resolve("b.zip").toString()))) {
                String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(
                        "--data-dir", data.toString())).toArray(String[]::new);
                assertEquals(1, run(args), command + ": " + said());
                assertTrue(said().contains("Close the app, then run the command again."), command + ": " + said());
            }
        }
    }

    @Test
    @DisplayName("export-csv writes each case's logs; export-pack saves the PDF; no --to is explained")
    void exportAndUsage() throws Exception {
        assertEquals(0, run("export-csv", "--to", temp.resolve("csv").toString(), "--data-dir", data.toString()),
                said());
        Path caseFolder = temp.resolve("csv").resolve("Child Maintenance Log export " + java.time.LocalDate.now())
                .resolve("Case 1 - Jordan Reed");
        assertTrue(Files.isRegularFile(caseFolder.resolve("Case.csv")), said());
        assertEquals(0, run("export-pack", "--to", temp.resolve("pack.pdf").toString(), "--data-dir",
                data.toString()), said());
        assertTrue(Files.isRegularFile(temp.resolve("pack.pdf")), said());
        String fingerprint;
        try (AppServices services = AppServices.open(data, java.time.Clock.systemUTC())) {
            fingerprint = services.safety.fingerprint().shortForm();
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(temp.resolve("pack.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            assertTrue(stripper.getText(pdf).contains(fingerprint), "the records' fingerprint on the last page");
        }
        assertEquals(1, run("backup", "--data-dir", data.toString()));
        assertTrue(said().contains("--to FILE"), said());
        assertEquals(1, run("verify", "--data-dir", temp.resolve("nothing here").toString()));
        assertTrue(said().contains("There are no records in"), said());
        assertEquals(0, run("--help"));
        assertTrue(said().contains("restore --from FILE") && said().contains("Exit codes"), said());
    }
}
