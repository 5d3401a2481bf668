package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The evidence pack's enforcement section reads the records as the letters to the CMS do: a CMS letter about a
 * deduction from earnings order is listed under it, never "No enforcement step is recorded." beside it (the pack once
 * read only the ticked steps, so the pack and the enforcement request disagreed). The sample case of 4 Dec 2026 on
 * real SQLite, the pack made with the command line and read back with PDFBox.
 */
class EnforcementOnRecordPackTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("no step ticked, a CMS letter about a DEO: the pack lists it as the letter names it")
    void nothingTickedButALetter() throws Exception {
        Path data = sample(true);
        String pack = section(pack(data));
        assertFalse(pack.contains("No enforcement step is recorded."), pack);
        assertTrue(pack.contains("The CMS wrote on 3 Oct 2026 about a deduction from earnings order."), pack);
        // The sample's reply to the complaint of 24 Nov 2026 is about an arrears notice: listed too, oldest first.
        assertTrue(pack.contains("The CMS wrote on 24 Nov 2026 about an arrears notice."), pack);
        assertTrue(pack.indexOf("3 Oct 2026") < pack.indexOf("24 Nov 2026"), pack);
        // The enforcement request names the same letter.
        String letter = enforcementRequest(data);
        assertTrue(letter.contains("You wrote to me on 3 Oct 2026 about a deduction from earnings order."),
                letter);
    }

    @Test
    @DisplayName("the sample's arrears notice ticked and a CMS letter about a DEO: the step in the table, the letter"
            + " listed below it")
    void tickedAndALetter() throws Exception {
        String pack = section(pack(sample(false)));
        assertTrue(pack.contains("Step the CMS has taken"), pack);
        assertTrue(pack.contains("The CMS wrote on 3 Oct 2026 about a deduction from earnings order."), pack);
        // The arrears notice is ticked: its letter is the tick's source, said once, in the table.
        assertFalse(pack.contains("about an arrears notice"), pack);
    }

    /** The sample case with a CMS letter of 3 Oct 2026 about a DEO; with its ticked steps taken away, if asked. */
    private Path sample(boolean untick) {
        Path data = folder.resolve("records");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, Main.run(CommandLine.parse(List.of("sample-data", "--data-dir", data.toString())),
                PackDueLinesTest.CLOCK, quiet, quiet));
        try (AppServices services = AppServices.open(data, PackDueLinesTest.CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            if (untick) {
                services.standing.enforcement(caseId).stream().map(EnforcementRecord::id)
                        .forEach(services.standing::untick);
            }
            services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 10, 3)),
                    LocalDate.of(2026, 10, 6), "Child Maintenance Service", "Deduction from earnings order set up "
                    + "with Jordan's employer", Optional.empty(), Optional.empty()));
        }
        return data;
    }

    private Path pack(Path data) {
        Path pack = folder.resolve("pack.pdf");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), PackDueLinesTest.CLOCK, quiet, quiet));
        return pack;
    }

    /** The pack's enforcement section, on one line: from its heading to the section after it. */
    private static String section(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // The section's heading, then its table or its first sentence: the chronology names steps and staff of
            // the Enforcement team too.
            java.util.regex.Matcher heading = java.util.regex.Pattern.compile(
                    " Enforcement (Step the CMS has taken|No )").matcher(all);
            int start = heading.find() ? heading.start() : -1;
            assertTrue(start >= 0, all);
            String from = all.substring(start);
            return from.substring(0, Math.min(from.length(), 1500));
        }
    }

    private String enforcementRequest(Path data) throws Exception {
        try (AppServices services = AppServices.open(data, PackDueLinesTest.CLOCK)) {
            var facts = LetterWiring.facts(services, services.cases.cases().get(0));
            Path pdf = folder.resolve("request.pdf");
            Files.write(pdf, new LetterPdfRenderer(PackDueLinesTest.CLOCK).render(
                    LetterTemplates.ENFORCEMENT_REQUEST.document(facts)).pdf());
            return PrintedText.of(pdf);
        }
    }
}
