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
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/**
 * Reviewer, rv6: once a chasing letter was made (not yet posted), Write a letter marked it "made 6 Dec 2026, not
 * posted yet (does not fit this case)", and the chase said "None of your posted letters is late for its reply", though
 * the letter it chases still had no reply past its date. A chase made and not posted holds the letter back from being
 * picked again, but the letter is still late: the chase fits. Real SQLite in a temp folder.
 */
class ChaseMadeStillFitsTest {

    @TempDir
    Path data;
    AppServices services;
    CaseFile caseFile;
    long late;

    @BeforeEach
    void open() {
        services = AppServices.open(data, LetterWiringTest.CLOCK);
        long caseId = services.cases.completeSetup(uk.cml.testing.TestParents.samTaylor(),
                uk.cml.testing.CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane", "Bradford")
                        .cmsReference("1212 3456 7890").build());
        caseFile = services.cases.find(caseId).orElseThrow();
        Recipient cms21 = new Recipient(Optional.empty(), "Child Maintenance Service 21",
                "Mail Handling Site A\nWolverhampton\nWV98 2BU");
        LocalDate posted = LocalDate.of(2026, 7, 7);
        late = services.sentLetters.save(new SentLetter(0, caseFile.id(), posted, Optional.of(posted), cms21,
                "Missed payments for June 2026", LetterKind.ARREARS_REPORT, Optional.empty(),
                Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 7, 27)),
                Optional.empty()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theChaseFitsBeforeAndAfterItIsMade() {
        LetterFacts before = LetterWiring.facts(services, caseFile);
        assertEquals(Optional.empty(), LetterTemplates.CHASE_REPLY.doesNotFit(before));
        LocalDate today = LocalDate.of(2026, 11, 22);
        services.sentLetters.save(new SentLetter(0, caseFile.id(), today, Optional.empty(), new Recipient(
                Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                "Chasing letter to CMS", LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()).chasing(Optional.of(late)));
        LetterFacts after = LetterWiring.facts(services, caseFile);
        assertEquals(Optional.empty(), LetterTemplates.CHASE_REPLY.doesNotFit(after),
                "the letter is still late for its reply; its chase is only made, not posted");
        // The complaint says it got no reply, chased or not.
        assertTrue(after.repliesAwaited().unansweredByCms().stream()
                .anyMatch(a -> a.postedOn().equals(LocalDate.of(2026, 7, 7))), after.repliesAwaited().toString());
    }
}
