package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.MM;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.Words;

/**
 * A letter printed "Record fingerprint 2879 1230 6522 318E" and nothing else: a CMS caseworker, or the parent, could
 * not tell what it was; then "Record fingerprint ...: a check code from the sender's records app ...", jargon to a
 * caseworker, who has nothing to do with it. It now says in plain words that it is the sender's own records
 * reference, in the footer of the last page, on one line, and without adding a page. The parent types it into Check
 * records (or {@code verify --fingerprint}) as before. Read back from the PDF.
 */
@DisplayName("A letter's record fingerprint is said in plain words")
class FingerprintLineTest {

    /** D is the widest of the 16 characters a fingerprint is made of: the longest line a fingerprint can make. */
    private static final String PRINT = "DDDD DDDD DDDD DDDD";

    /** Pages' text of a letter with {@code rows} rows of table (0: the short letter), with or without the line. */
    private static PDDocument rendered(int rows, boolean withFingerprint) throws IOException {
        LetterDocument letter = rows == 0 ? SampleLetters.simple().build() : SampleLetters.complaintWithTable(rows);
        letter = letter.withFingerprint(withFingerprint ? Words.text("safety.fingerprint.footer", PRINT) : "");
        return Loader.loadPDF(new LetterPdfRenderer().render(letter).pdf());
    }

    @ParameterizedTest(name = "a letter with {0} rows of table")
    @ValueSource(ints = {0, 25, 60})
    void theLastPagesFooterExplainsTheFingerprintInFull(int rows) throws IOException {
        int without;
        try (PDDocument plain = rendered(rows, false)) {
            without = plain.getNumberOfPages();
        }
        try (PDDocument document = rendered(rows, true)) {
            assertEquals(without, document.getNumberOfPages(), "the explanation adds no page");
            int last = document.getNumberOfPages() - 1;
            PDPage page = document.getPage(last);
            float height = page.getMediaBox().getHeight();
            // The footer's band: below the body's bottom margin (25 mm), where nothing of the letter is written.
            PDFTextStripperByArea foot = new PDFTextStripperByArea();
            foot.addRegion("foot", new Rectangle2D.Float(0, height - 25 * MM, page.getMediaBox().getWidth(),
                    25 * MM));
            foot.extractRegions(page);
            String footer = foot.getTextForRegion("foot");
            // One line, whole: a second line would reach down into the band where the evidence pack stamps its
            // page numbers on a copy of the letter (PageStampTest).
            // In plain words: "Record fingerprint ... a check code from the sender's records app" was jargon to a
            // CMS caseworker, who has nothing to do with it. Said as the sender's own reference, which it is.
            assertTrue(footer.lines().map(String::strip).anyMatch(("Sender's own records reference " + PRINT + " "
                    + "(for the sender's use only)")::equals), footer);
            assertFalse(footer.toLowerCase(java.util.Locale.UK).contains("fingerprint"), footer);
            assertFalse(footer.contains("check code"), footer);
            assertFalse(footer.contains("\u2026"), "not cut short: " + footer);
            PDFTextStripper all = new PDFTextStripper();
            all.setEndPage(last);
            assertFalse(last > 0 && all.getText(document).contains("records reference"), "only on the last page");
        }
    }
}
