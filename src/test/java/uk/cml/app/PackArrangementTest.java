package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/**
 * The evidence pack's cover says how maintenance has been paid and since when: a caseworker reading its schedule
 * needs to know which dues had the Collect and Pay fee taken, and the parent's records hold the day of each move.
 */
class PackArrangementTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private String cover(boolean moved) throws Exception {
        Path pdf = folder.resolve(moved + ".pdf");
        try (AppServices services = AppServices.open(folder.resolve("records-" + moved), CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile c = services.cases.cases().get(0);
            if (moved) {
                services.cases.update(new CaseFile(c.id(), c.otherParentName(), c.otherParentAddress(),
                        c.otherParentWork(), Arrangement.COLLECT_AND_PAY, c.cmsReference(), c.children(),
                        c.collectionFeePercent()), LocalDate.now(CLOCK), LocalDate.of(2026, 10, 1));
            }
            PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
            PackContents contents = assembler.assemble(c.id(), assembler.wholeHistory(c.id()),
                    EnumSet.of(PackSection.SUMMARY), Optional.empty());
            new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCoverGivesTheArrangementWithTheDayOfEachMove() throws Exception {
        String unchanged = cover(false);
        assertTrue(unchanged.contains("How maintenance is paid CMS Direct Pay Period covered"), unchanged);
        String moved = cover(true);
        assertTrue(moved.contains("How maintenance is paid CMS Direct Pay until 30 Sep 2026, then CMS Collect and Pay "
                + "from 1 Oct 2026"), moved);
    }
}
