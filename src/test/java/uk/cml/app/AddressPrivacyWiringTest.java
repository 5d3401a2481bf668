package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/** The case setting reaches the letter the app writes from the records, not only the template in a test. */
class AddressPrivacyWiringTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;

    private static String otherParentLetter(AppServices services, CaseFile caseFile) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, caseFile);
        byte[] pdf = new LetterPdfRenderer(CLOCK).render(LetterTemplates.OTHER_PARENT.document(facts)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSampleCasesLetterToTheOtherParentFollowsTheCaseSetting() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            String open = otherParentLetter(services, caseFile);
            assertTrue(open.contains("14 Orchard Close") && open.contains("07700 900123"), open);

            services.addressPrivacy.setPrivate(caseFile.id(), true);
            String kept = otherParentLetter(services, caseFile);
            for (String part : new String[] {"Orchard", "Headingley", "Leeds", "LS6 2AB", "07700 900123",
                    "sam.taylor@example.com"}) {
                assertFalse(kept.contains(part), part + " is in the letter: " + kept);
            }
            assertTrue(kept.contains("Please reply through the Child Maintenance Service"), kept);
        }
    }
}
