package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Words;
import uk.cml.letters.pack.PackFor;
import uk.cml.testing.Occurrences;

/**
 * Found by a reviewer: the chronology repeated the same explanation on every payment and due ("Money is counted
 * towards the payment due when it arrived, ...; the CMS may count it differently.") and every due's plan words
 * ("Maintenance due (weekly): £45.00, £43.20 after the £1.80 Collect and Pay fee."), so a 3-month case made pages of
 * one sentence. Each is said once; each row keeps its own facts. Read back from the printed PDF.
 */
@DisplayName("The chronology says its explanation once, not on every row")
class PackChronologySaysItOnceTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("the reviewer's case: the counting sentence and the plan's words once; each row its own facts")
    void saidOnce() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        try (AppServices services = AppServices.open(folder.resolve("data"), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            ReviewerPackCase.build(ReviewerPackCase.contents(services, caseId, PackFor.CMS), pdf);
        }
        List<String> pages = ReviewerPackCase.pages(pdf);
        String text = String.join("\n", pages).replaceAll("\\s+", " ");
        String chronology = text.substring(text.lastIndexOf("Chronology "), text.indexOf("Calls in full No calls"));
        String howCounted = Words.text("timeline.payment.howCounted");
        assertEquals(1, Occurrences.count(chronology, howCounted.substring(1)), chronology);
        assertEquals(1, Occurrences.count(chronology, "Maintenance due (weekly): £45.00, £43.20 after the £1.80 Collect and Pay "
                + "fee."), chronology);
        // Each row still says its own facts: what was short, what counted towards it, how the money came.
        assertTrue(chronology.contains("12 Oct 2026 From the plan Payment due £45.00, only part arrived: £13.75 short "
                + "Counted towards it: £30.00 on 13 Oct 2026 (£31.25 before the CMS fee)."), chronology);
        assertTrue(chronology.contains("5 Oct 2026 From the plan Payment due £45.00, nothing arrived for it 12 Oct"),
                chronology);
        assertTrue(chronology.contains("£20.00, arrived 1 day late for the payment due on 16 Nov 2026 How it came: "
                + "Through the CMS (Collect and Pay) (£20.83 before the CMS fee)"), chronology);
        long chronologyPages = pages.stream().filter(p -> p.contains("Happened Recorded Kind What")
                || p.startsWith("Chronology") || p.contains("\nChronology\n")).count();
        assertTrue(chronologyPages <= 2, chronologyPages + " pages of chronology:\n" + chronology);
    }
}
