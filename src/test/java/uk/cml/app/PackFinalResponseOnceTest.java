package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.letters.pack.PackFor;

/**
 * Found by a reviewer: one letter, marked as the CMS's final response, showed in the pack's complaint table twice,
 * as "The CMS's reply" and "The CMS's final response" with the same dates, reading as two letters. Read back from
 * the printed PDF.
 */
@DisplayName("The pack shows a final response that is also the reply once")
class PackFinalResponseOnceTest {

    @TempDir
    Path folder;

    @Test
    void oneLetterOneRow() throws Exception {
        try (AppServices services = AppServices.open(folder.resolve("data"), ReviewerPackCase.CLOCK)) {
            long caseId = ReviewerPackCase.fill(services);
            services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 27)),
                    LocalDate.of(2026, 12, 1), "Child Maintenance Service", "Final response to my complaint",
                    Optional.empty(), Optional.empty(), Optional.of(FinalResponseAnswer.YES)), Optional.empty(),
                    Optional.empty());
            Path pdf = folder.resolve("pack.pdf");
            ReviewerPackCase.build(ReviewerPackCase.contents(services, caseId, PackFor.CMS), pdf);
            String text = String.join("\n", ReviewerPackCase.pages(pdf)).replaceAll("\\s+", " ");
            assertTrue(text.contains("The CMS's final response 27 Nov 2026 \u2013 \u2013 \u2013 1 Dec 2026"), text);
            assertFalse(text.contains("The CMS's reply 27 Nov 2026"), text);
        }
    }
}
