package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.standing.ComplaintStage;
import uk.cml.domain.standing.StandingReport;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/** The sample case's pack, made through the app's wiring: its "Where things stand" page matches the page's report. */
class SampleStandingPackTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void samplePackShowsWhereThingsStand() throws Exception {
        List<String> pages = new ArrayList<>();
        StandingReport report;
        try (AppServices services = AppServices.open(folder.resolve("records"), CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
            PackContents contents = assembler.assemble(caseFile.id(), assembler.wholeHistory(caseFile.id()),
                    EnumSet.of(PackSection.SUMMARY, PackSection.STANDING), Optional.empty());
            new EvidencePackBuilder().build(contents, folder.resolve("pack.pdf"), PackProgress.NONE, () -> false);
            report = services.standing.report(caseFile.id(), LocalDate.now(CLOCK));
        }
        try (PDDocument document = Loader.loadPDF(folder.resolve("pack.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        Matcher listed = Pattern.compile("(?m)^Where it stands (CML-(\\d{4}))$").matcher(pages.get(1));
        assertTrue(listed.find(), pages.get(1));
        String text = pages.get(Integer.parseInt(listed.group(2)) - 1).replaceAll("\\s+", " ");
        assertTrue(text.startsWith("Where it stands"), text);
        assertTrue(text.contains(listed.group(1)), "the contents' page number is this page's footer: " + text);

        assertFalse(report.complaint().stages().isEmpty(), "the sample case has a complaint");
        for (ComplaintStage stage : report.complaint().stages()) {
            StringBuilder row = new StringBuilder(stage.step().label());
            for (Optional<LocalDate> date : List.of(stage.sent(), stage.delivered(), stage.acknowledgeDue(),
                    stage.replyDue(), stage.replyReceived())) {
                row.append(' ').append(date.map(UkFormats::shortDate).orElse("\u2013"));
            }
            assertTrue(text.contains(row), row + "\n" + text);
        }
        var step = report.currentStep().orElseThrow();
        String current = "Current step: " + report.facts().stepName(step.step()) + ", for "
                + report.daysAtCurrentStep() + " days since " + UkFormats.shortDate(step.heardOn()) + ".";
        assertTrue(text.contains(current), current + "\n" + text);
        assertTrue(text.contains("Arrears notice, for " + report.daysAtCurrentStep() + " days"),
                "as the page shows it: " + text);
    }
}
