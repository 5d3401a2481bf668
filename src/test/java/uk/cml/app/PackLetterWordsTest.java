package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/**
 * A letter made and kept through the app, as the pack's chronology tells it: its date in the UK format, as every
 * other date there, and the address it went to written on one line with commas, as elsewhere.
 */
class PackLetterWordsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneId.of("Europe/London"));
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @TempDir
    Path data;
    @TempDir
    Path letters;

    @Test
    @DisplayName("a letter kept through the app: no 2026-12-04 in the chronology, its address with commas")
    void keptLetterInTheChronology() throws Exception {
        Path pdf = letters.resolve("2026-12-04 Confirming call with CMS.pdf");
        Path pack = letters.resolve("pack.pdf");
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            var template = LetterTemplates.CONFIRM_CALL;
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            LetterFacts addressed = facts.toBuilder().recipient(CaseFacts.recipient(services.addressBook
                    .byRole(template.recipientRole().addressBookRole().orElseThrow()).orElseThrow())).build();
            Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(addressed)).pdf());
            LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, addressed, Optional.empty());

            PackContents contents = new PackAssembler(PackCommand.stores(services), CLOCK).assemble(caseFile.id(),
                    new PackPeriod(CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate().minusMonths(1),
                            CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate()),
                    EnumSet.of(PackSection.CHRONOLOGY), Optional.empty());
            new EvidencePackBuilder().build(contents, pack, PackProgress.NONE, () -> false);
        }
        String chronology = chronology(pack);
        Matcher iso = ISO_DATE.matcher(chronology);
        assertFalse(iso.find(), chronology);
        assertTrue(chronology.contains("Confirming call with CMS"), chronology);
        assertTrue(chronology.contains("PO Box 249, Mitcheldean, GL17 1AJ"), chronology);
        assertFalse(chronology.contains("PO Box 249 Mitcheldean"), chronology);
    }

    private static String chronology(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            Matcher listed = Pattern.compile("(?m)^Chronology CML-(\\d{4})\\s*$").matcher(all);
            assertTrue(listed.find(), all);
            stripper.setStartPage(Integer.parseInt(listed.group(1)));
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
