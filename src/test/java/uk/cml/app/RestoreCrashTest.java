package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.safety.RestoreJournal;

/**
 * A restore killed after each of its steps, in a real child process: the next start (here the verify command)
 * always finds the folder whole, holding either the records from before or the backup's, and says which.
 */
class RestoreCrashTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("killed after any step, the next start finds the old records or the backup's, whole, and says which")
    void killedAtEveryStep() throws Exception {
        Path original = temp.resolve("original");
        SampleFolders.fill(original);
        try (AppServices services = AppServices.open(original, Clock.systemUTC())) {
            services.documents.add(services.cases.cases().get(0).id(), new java.io.ByteArrayInputStream(
                    onePagePdf()), "statement.pdf", "Bank statement");
        }
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, run("backup", "--to", backup.toString(), "--data-dir", original.toString()), said());
        String backupFingerprint = fingerprintIn(said());
        try (AppServices services = AppServices.open(original, Clock.systemUTC())) {
            long caseId = services.cases.cases().get(0).id();
            services.notes.add(new Note(0, caseId, java.time.LocalDate.of(2026, 11, 20), NoteCategory.PLAIN,
                    "Written after the backup", null));
        }
        assertEquals(0, run("verify", "--data-dir", original.toString()), said());
        String currentFingerprint = fingerprintIn(said());
        assertFalse(currentFingerprint.equals(backupFingerprint));

        List<String> outcomes = new ArrayList<>();
        for (int step = 1; step < 40; step++) {
            Path data = temp.resolve("data-" + step);
            ChildJvm.copyTree(original, data);
            ChildJvm.Ended child = ChildJvm.run(RestoreKilledAtStep.class, backup.toString(), data.toString(),
                    String.valueOf(step));
            boolean stopped = child.exitCode() == RestoreKilledAtStep.STOPPED;
            assertTrue(stopped || child.exitCode() == 0, child.output());
            assertEquals(0, run("verify", "--data-dir", data.toString()), "after step " + step + ": " + said());
            String holds = fingerprintIn(said());
            boolean wasFinished = said().contains("A restore was cut off part-way") && said().contains("The app has "
                    + "finished it: your records are now the ones from that backup.");
            if (holds.equals(backupFingerprint)) {
                assertTrue(!stopped || wasFinished || !Files.exists(data.resolve(RestoreJournal.INTENT)),
                        "the backup's records, and said so: " + said());
            } else {
                assertEquals(currentFingerprint, holds, "after step " + step + ": neither the old nor the new records");
                assertFalse(wasFinished, said());
            }
            assertTrue(said().startsWith("Everything matches.") || said().contains("\nEverything matches."),
                    "whole after step " + step + ": " + said());
            assertFalse(Files.exists(data.resolve(RestoreJournal.INTENT)), "the intent record is gone");
            try (Stream<Path> files = Files.list(data)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".restoring-")),
                        "no unpacked copy left over after step " + step);
            }
            outcomes.add(child.output().lines().filter(l -> l.startsWith("Stopped after") || l.startsWith("Restored"))
                    .findFirst().orElse("?") + " -> " + (holds.equals(backupFingerprint) ? "backup" : "old"));
            if (!stopped) {
                break;
            }
        }
        System.out.println(String.join("\n", outcomes));
        // Unpacked, intent written, 3 moved aside, 3 put in place, intent removed; then a whole run.
        assertTrue(outcomes.size() == 10, "every step was tried: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.endsWith("old")) && outcomes.stream().anyMatch(o -> o.endsWith(
                "backup")), outcomes.toString());
    }

    private static byte[] onePagePdf() throws java.io.IOException {
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), both, both);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String fingerprintIn(String text) {
        int at = text.indexOf("Record fingerprint ");
        assertTrue(at >= 0, text);
        return text.substring(at + 19, at + 38);
    }
}
