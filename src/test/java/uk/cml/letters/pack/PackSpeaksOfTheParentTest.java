package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;

/**
 * Found in review: the pack, read by the CMS, said payments were listed "as the bank statement shows it" though no
 * bank statement was recorded, spoke to the parent as "you" in its chronology ("or the one you said it was for"), and
 * had no Title or Author in the PDF (the letters have both). Read back from the PDF with PDFBox.
 */
class PackSpeaksOfTheParentTest extends WithPackFixture {

    @BeforeEach
    void setUp() throws Exception {
        fixture.stores.payments().savePayment(fixture.caseId, new Payment(0, LocalDate.of(2025, 4, 2),
                Money.ofPounds(200), PaymentMethod.NOT_SAID, "", ""));
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class), Optional.empty(), false);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
    }

    private String text() throws Exception {
        return String.join(" ", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }

    @Test
    void thePaymentsReceivedAreAsTheParentRecordedThemNotAsABankStatementShows() throws Exception {
        String text = text();
        assertFalse(text.contains("bank statement shows"), text);
        assertTrue(text.contains("once, on the day it arrived, as the parent recorded it."), text);
    }

    @Test
    void theChronologyNeverSpeaksToTheParent() throws Exception {
        String text = text();
        assertTrue(text.contains("the CMS may count it differently"), "the sentence is there to check: " + text);
        assertFalse(text.contains("you said"), text);
        assertFalse(text.contains("The app counts"), text);
    }

    @Test
    void thePdfHasTheHeadingAsTitleAndTheParentAsAuthor() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals("Child maintenance evidence pack, 1 Jan 2025 to 31 Dec 2025",
                    pdf.getDocumentInformation().getTitle());
            assertEquals("Sam Taylor", pdf.getDocumentInformation().getAuthor());
        }
    }
}
