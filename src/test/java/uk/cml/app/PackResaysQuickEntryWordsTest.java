package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.ui.payments.TimeAloneResaysQuickEntryWordsTest;

/**
 * The evidence pack checks quick entry's words before it seals the records, as the Overview and the Payments page do
 * on reading: in {@link TimeAloneResaysQuickEntryWordsTest}'s case, export-pack run on Sun 22 Nov with no page read
 * first re-says "Arrived late (due 8 Nov 2026)" as "Part paid (due 8 Nov 2026)" before the fingerprint is taken, so
 * the pack does not seal records that change on the next reading: its printed fingerprint is the records' after it.
 */
class PackResaysQuickEntryWordsTest {

    @TempDir
    Path folder;

    @Test
    void exportPackReSaysTheWordsBeforeItSeals() throws Exception {
        Path data = folder.resolve("data");
        long late = TimeAloneResaysQuickEntryWordsTest.loggedOnSaturday(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path pdf = folder.resolve("pack.pdf");
        assertEquals(0, PackCommand.run(CommandLine.parse(List.of("export-pack", "--to", pdf.toString())), data,
                TimeAloneResaysQuickEntryWordsTest.LATER, print, print), out.toString(StandardCharsets.UTF_8));
        try (AppServices services = AppServices.open(data, TimeAloneResaysQuickEntryWordsTest.LATER)) {
            long caseId = services.cases.cases().get(0).id();
            String note = services.payments.payments(caseId).stream().filter(p -> p.id() == late).findFirst()
                    .orElseThrow().note();
            assertEquals("Part paid (due 8 Nov 2026)", note);
            String fingerprint = services.safety.check(uk.cml.safety.Progress.NONE).fingerprint().shortForm();
            String text = String.join(" ", ReviewerPackCase.pages(pdf)).replaceAll("\\s+", " ");
            // The old words are only quoted as the app's own correction, made before the pack read the records.
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("Corrected by the app itself on 22 Nov 2026, "
                    + "10:00"), text);
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(fingerprint), "sealed with " + fingerprint
                    + ": " + text);
        }
    }
}
