package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.letters.pack.PackFor;

/**
 * The evidence pack of a Collect and Pay case, read back from the printed PDF: its schedule's "Paid towards it" is in
 * the CMS's before-fee terms (what the dues are in), and its payments table gives both figures; the words under the
 * schedule's heading say which is which, so a reader checking against a bank statement is not left to find £45.00
 * where £43.20 arrived.
 */
@DisplayName("The pack's schedule says its figures are before the CMS fee, and where what reached the parent is")
class PackPaidTowardsSaysBeforeFeeTest {

    @TempDir
    Path folder;

    @Test
    void theScheduleSaysWhichFigureIsWhich() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        try (AppServices services = AppServices.open(folder.resolve("data"), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            ReviewerPackCase.build(ReviewerPackCase.contents(services, caseId, PackFor.CMS), pdf);
        }
        List<String> pages = ReviewerPackCase.pages(pdf);
        String text = String.join("\n", pages).replaceAll("\\s+", " ");
        String schedule = text.substring(text.lastIndexOf("Arrears schedule The first table"),
                text.lastIndexOf("Chronology "));
        assertTrue(schedule.contains("The amounts in the first table are before the CMS's Collect and Pay fee: what "
                + "the paying parent paid through the CMS, which is what the payments due are counted in. What reached "
                + "the parent after the fee is in the second table, under \"Amount received\"."), schedule);
        assertTrue(schedule.contains("Date received Amount received How it was paid Before the CMS fee"), schedule);
    }
}
