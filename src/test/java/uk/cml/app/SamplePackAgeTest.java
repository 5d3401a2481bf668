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
 * The sample case's evidence pack, read back from the PDF: "Owed for payments due up to (the day before a date N months back) at least" is what is owed
 * at the pack's end less everything that fell due in the N months before it, so it holds however the CMS attributes
 * the payments; it is never more than the pack's own schedule leaves short on those dues by its matching, so the
 * summary never contradicts the schedule printed after it; and the page says which rule it uses.
 */
@DisplayName("The pack's ages are the least the totals allow")
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
        boolean firstZero = true;
        for (int months : new int[] {1, 3, 6, 12}) {
            LocalDate cutOff = until.minusMonths(months);
            Money later = Money.ZERO;
            Money matched = Money.ZERO;
            for (ScheduleLine line : contents.schedule()) {
                later = line.date().isAfter(cutOff) ? later.plus(line.due()) : later;
                matched = line.date().isAfter(cutOff) ? matched : matched.plus(line.shortBy());
            }
            Money expected = contents.summary().owedAtEnd().minus(later).max(Money.ZERO);
            // A due of the cut-off day is exactly that many months old, so the figure counts dues before it.
            Matcher printed = Pattern.compile("Owed for payments due up to " + UkFormats.shortDate(cutOff.minusDays(1))
                    + " at least (£[\\d,]+\\.\\d\\d)").matcher(text);
            if (expected.isPositive()) {
                assertTrue(printed.find(), "the summary prints the part older than " + months);
                assertEquals(expected.format(), printed.group(1), "older than " + months + " months");
            } else {
                // Nothing that must be this old: no "at least £0.00", but, for the first such age, that all of it
                // could be more recent, unless the balance has been owed without a break since before then (the
                // sentence would read as "recent arrears" beside the run).
                assertFalse(printed.find(), "no \"at least £0.00\" for " + months + " months: " + text);
                boolean runOlder = contents.summary().owedSince().filter(d -> !d.isAfter(cutOff)).isPresent();
                assertTrue(!firstZero || runOlder != text.contains("The "
                        + contents.summary().owedAtEnd().format() + " owed is no more than what fell due after "
                        + UkFormats.shortDate(cutOff.minusDays(1)) + ", so these totals cannot show any of it as owed "
                        + "for payments due up to that day."), text);
                firstZero = false;
            }
            assertTrue(expected.compareTo(matched) <= 0, "no more than the schedule's matching leaves that old");
            older += expected.isPositive() ? 1 : 0;
        }
        // The sample owes less than its last 3 months' dues: had every payment paid the oldest due first, nothing
        // owed would be older than that, though the schedule's matching leaves dues of 2024 short.
        assertTrue(older >= 1, "the sample case owes more than the last month's dues");
        assertTrue(text.replace('\n', ' ').contains("These figures do not depend on that, because they come from totals."),
                "the page says which rule it uses");
    }
}
