package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/**
 * The sample case's evidence pack, read back from the PDF: "of which older than N months" is what the pack's own
 * schedule leaves short on dues up to N months before the pack's end, so the summary never contradicts the
 * schedule printed after it; and the page says which rule it uses.
 */
@DisplayName("The pack's age split adds up to its schedule's Short column")
class SamplePackAgeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void ageSplitIsTheScheduleShortColumn() throws Exception {
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
        for (int months : new int[] {1, 3, 6, 12}) {
            LocalDate cutOff = until.minusMonths(months);
            Money expected = Money.ZERO;
            for (ScheduleLine line : contents.schedule()) {
                expected = line.date().isAfter(cutOff) ? expected : expected.plus(line.shortBy());
            }
            Matcher printed = Pattern.compile("of which older than " + months + " months? (£[\\d,]+\\.\\d\\d)")
                    .matcher(text);
            assertTrue(printed.find(), "the summary prints the part older than " + months);
            assertEquals(expected.format(), printed.group(1), "older than " + months + " months");
            older += expected.isPositive() ? 1 : 0;
        }
        assertTrue(older >= 3, "the sample case has dues left short for more than 6 months");
        assertTrue(text.contains("Ages follow the schedule: an amount is as old as the due it is still short on"),
                "the page says which rule it uses");
    }
}
