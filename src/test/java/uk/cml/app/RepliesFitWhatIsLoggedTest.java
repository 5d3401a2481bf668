package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The replies about writing off arrears and about a part payment answer a letter: read from a real data folder, they
 * fit only once the records hold what they answer, a CMS letter logged with its summary saying what it is.
 */
class RepliesFitWhatIsLoggedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        MovedCase arranged = MovedCase.arranged(folder, TODAY, Arrangement.COLLECT_AND_PAY);
        services = arranged.services();
        caseId = arranged.caseId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private LetterFacts facts() {
        return LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
    }

    private void received(String summary) {
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 10)),
                LocalDate.of(2026, 11, 13), "Child Maintenance Service", summary, Optional.empty(),
                Optional.empty()));
    }

    @Test
    void withNothingLoggedNeitherReplyFits() {
        assertTrue(LetterTemplates.WRITE_OFF_REPLY.doesNotFit(facts()).isPresent());
        assertTrue(LetterTemplates.SETTLEMENT_REPLY.doesNotFit(facts()).isPresent());
    }

    @Test
    void aCmsLetterProposingAWriteOffFitsTheWriteOffReplyOnly() {
        received("They propose to write off £250.00 of the arrears");
        assertEquals(Optional.empty(), LetterTemplates.WRITE_OFF_REPLY.doesNotFit(facts()));
        assertTrue(LetterTemplates.SETTLEMENT_REPLY.doesNotFit(facts()).isPresent());
    }

    @Test
    void aLetterTellingOfAnOfferFitsTheSettlementReplyOnly() {
        received("Jordan offers £300 in full and final settlement of the arrears");
        assertEquals(Optional.empty(), LetterTemplates.SETTLEMENT_REPLY.doesNotFit(facts()));
        assertTrue(LetterTemplates.WRITE_OFF_REPLY.doesNotFit(facts()).isPresent());
    }
}
