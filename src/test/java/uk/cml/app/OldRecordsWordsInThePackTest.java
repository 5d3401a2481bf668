package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.store.OldShapeRecords;

/**
 * Records saved before the fixes of 5 Dec 2026, opened by the app as it is now: the evidence pack no longer says
 * "Part arrived" of a payment corrected to all of its due, and lists the certificate of posting's photo by the date
 * printed on it, as the letter gives it, where it said "Not given" (and so left it out of the period's documents).
 * A real records file at V032 in a temp folder; the pack read back with PDFBox.
 */
class OldRecordsWordsInThePackTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @Test
    void thePackSaysWhatTheRecordsNowSay() throws Exception {
        Path data = folder.resolve("data");
        long photo;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            long part = old.quickEntryPart(DUE, 40_00, ". Paid in two goes");
            // All that reached the parent of the £51.87 due, after the CMS's fee of 4%.
            old.correctAsBefore(part, 49_80, Optional.of(DUE));
            photo = old.photo(folder.resolve("certificate.png"), 10);
            old.letterAsBefore("Complaint to CMS", POSTED, photo);
        }
        try (AppServices services = AppServices.open(data, OldShapeRecords.CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            Path pack = folder.resolve("pack.pdf");
            new EvidencePackBuilder().build(new PackAssembler(PackCommand.stores(services), services.clock)
                    .assemble(caseId, new PackPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22)),
                            EnumSet.allOf(PackSection.class), Optional.empty(), false), pack, PackProgress.NONE,
                    () -> false);
            String text = String.join("\n", pageTexts(pack)).replaceAll("\\s+", " ");
            // The chronology says the app, not the parent, corrected the note at the upgrade, quoting the words it
            // replaced; the pack prints no payment's note today (it says how the money came), so nowhere else.
            String byTheApp = "Corrected by the app itself when it was updated on 22 Nov 2026, not by hand: its note "
                    + "said \u201cPart arrived (due 15 Nov 2026)\u201d of a payment that no longer leaves "
                    + "that due short. The words typed after them were kept.";
            assertTrue(text.contains(byTheApp), text);
            assertFalse(text.replace(byTheApp, "").contains("Part arrived"), text);
            assertTrue(text.contains("20 Nov 2026 Certificate of posting"), text);
            assertEquals(Optional.of(POSTED), services.documents.find(photo).orElseThrow().datedOn(),
                    "Documents' \"Date on it\"");
        }
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
