package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/**
 * The sample case's evidence pack, read back from the PDF: "Owed for payments due up to (the day before a date N months
 * back)" is the Short column of the pack's own schedule added up for the dues up to that day, so the summary never
 * says other than the schedule printed after it (a least figure from totals, "at least £47.08" beside a schedule that
 * put all £332.58 on old dues, read as the whole: reviewer, 5 Dec 2026); and the page says which rule it uses.
 */
@DisplayName("The pack's ages are what its schedule's Short column shows")
class SamplePackAgeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void agesFromTotals() throws Exception {
        String text;
        PackContents contents;
        try (AppServices services = AppServices.open(folder.resolve("data"), CLOCK)) {
            new SampleData(services, 3, 0).fill();
            long caseId = services.cases.cases().get(0).id();
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
            contents = assembler.assemble(caseId, assembler.wholeHistory(caseId),
                    EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE), Optional.empty());
            Path pdf = folder.resolve("pack.pdf");
            new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        }
        LocalDate until = contents.period().until();
        Money shortColumn = Money.ZERO;
        for (ScheduleLine line : contents.schedule()) {
            shortColumn = shortColumn.plus(line.shortBy());
        }
        assertEquals(contents.summary().owedAtEnd(), shortColumn, "the sample case has no settlement or credit");
        int older = 0;
        boolean stopped = false;
        int[] ages = {1, 3, 6, 12};
        Money[] matchedFor = new Money[ages.length];
        for (int i = 0; i < ages.length; i++) {
            LocalDate cutOff = until.minusMonths(ages[i]);
            Money matched = Money.ZERO;
            for (ScheduleLine line : contents.schedule()) {
                matched = line.date().isBefore(cutOff) ? matched.plus(line.shortBy()) : matched;
            }
            matchedFor[i] = matched;
        }
        for (int i = 0; i < ages.length; i++) {
            int months = ages[i];
            LocalDate cutOff = until.minusMonths(months);
            Money matched = matchedFor[i];
            // A due of the cut-off day is exactly that many months old, so the figure counts dues before it. What is
            // owed is said once: all of it reads "All of it", and an age the next older one repeats is left to it.
            Matcher printed = Pattern.compile("Owed for payments due up to " + UkFormats.shortDate(cutOff.minusDays(1))
                    + " (at least )?(£[\\d,]+\\.\\d\\d|All of it)").matcher(text);
            stopped = stopped || !matched.isPositive();
            if (!stopped && i + 1 < ages.length && matched.equals(matchedFor[i + 1])) {
                assertFalse(printed.find(), "the older age says it: " + text);
                older++;
            } else if (!stopped) {
                assertTrue(printed.find(), "the summary prints what is owed on dues older than " + months);
                assertEquals(null, printed.group(1), "no \"at least\": " + text);
                assertEquals(matched.equals(contents.summary().owedAtEnd()) ? "All of it" : matched.format(),
                        printed.group(2), "older than " + months + " months");
                older++;
            } else {
                assertFalse(printed.find(), "nothing for " + months + " months once an age has nothing: " + text);
            }
        }
        assertTrue(older >= 1, "the sample case owes more than the last month's dues");
        assertFalse(text.contains("at least"), text);
        assertTrue(text.replace('\n', ' ').contains("Each \"Owed for payments due up to\" figure adds up the Short "
                + "column of the arrears schedule"), "the page says which rule it uses");
    }
}
