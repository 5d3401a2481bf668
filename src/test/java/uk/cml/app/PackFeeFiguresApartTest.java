package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.letters.pack.PackFor;

/**
 * Found by the last session: under Collect and Pay the chronology read "£45.00, of which £45.00 before the CMS fee
 * arrived 1 day late for the payment due on 7 Sep 2026". The first £45.00 reached the parent (after the CMS's 4%), the
 * second is the part of the £46.88 the CMS collected that paid the £45.00 due a day late: one figure twice, to a
 * reader. Each is now named for what it is. Read back from the printed pack of the reviewer's case.
 */
@DisplayName("The pack's chronology names what reached the parent and the sum before the CMS fee apart")
class PackFeeFiguresApartTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("£45.00 reached the parent (£46.88 before the fee): £45.00 of the £46.88 was a day late")
    void latePartIsOfTheSumBeforeTheFee() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        try (AppServices services = AppServices.open(folder.resolve("data"), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            ReviewerPackCase.build(ReviewerPackCase.contents(services, caseId, PackFor.CMS), pdf);
        }
        String text = String.join("\n", ReviewerPackCase.pages(pdf)).replaceAll("\\s+", " ");
        String chronology = text.substring(text.lastIndexOf("Chronology "), text.indexOf("Calls in full No calls"));
        assertTrue(chronology.contains("£45.00 (£46.88 before the CMS fee); £45.00 of the £46.88 arrived 1 day late "
                + "for the payment due on 7 Sep 2026"), chronology);
        assertFalse(chronology.contains("of which £45.00 before the CMS fee"), chronology);
    }
}
