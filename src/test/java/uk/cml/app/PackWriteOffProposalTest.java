package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.pack.PackFor;

/**
 * Found by a reviewer: the CMS pack's "CMS decisions" table has a "Mandatory reconsideration notice" column, and a
 * proposal to write off arrears was listed in it with "–", as if it could be reconsidered. It cannot (cms-facts:
 * "Write-off: ... No appeal, but a complaint is possible"); the parent replies with reasons within the days of
 * {@code write_off.reply.days}. Read back from the printed PDF.
 */
@DisplayName("A pack lists a write-off proposal apart, not as a decision to reconsider")
class PackWriteOffProposalTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("the reviewer's case with a write-off proposal of 3 Dec 2026: its own table, saying what applies")
    void writeOffHasItsOwnRows() throws Exception {
        try (AppServices services = AppServices.open(folder.resolve("data"), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 12, 3)),
                    LocalDate.of(2026, 12, 4), "Child Maintenance Service",
                    "CMS proposes to write off arrears of £60.00.", Optional.empty(), Optional.empty()),
                    Optional.empty(), Optional.of(Decision.Kind.WRITE_OFF));
            Path pdf = folder.resolve("pack.pdf");
            ReviewerPackCase.build(ReviewerPackCase.contents(services, caseId, PackFor.CMS), pdf);
            String text = String.join("\n", ReviewerPackCase.pages(pdf)).replaceAll("\\s+", " ");
            String where = text.substring(text.indexOf("As on 5 Dec 2026"), text.indexOf("Arrears schedule The first"));
            // The calculation stays in the reconsideration table...
            assertTrue(where.contains("CMS decisions Decision Letter dated Mandatory reconsideration notice A calculation "
                    + "of maintenance New calculation: £45.00 a week stays. 30 Oct 2026 \u2013"), where);
            // ...and the write-off is not a row of it.
            assertFalse(where.contains("A proposal to write off arrears CMS proposes to write off arrears of £60.00. "
                    + "3 Dec 2026 \u2013"), where);
            assertTrue(where.contains("Proposals to write off arrears"), where);
            assertTrue(where.contains("3 Dec 2026 Reply with reasons within 30 days (no reconsideration or appeal)"),
                    where);
        }
    }
}
