package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.common.Problems;

/**
 * "Make it again" through the app's keeper, on a real SQLite data folder: the earlier letter goes to the Bin with
 * its copy from Documents, in the one transaction that adds the new copy and logs the new letter, and the parent is
 * told so. If moving the copy fails, nothing of it is kept (no new copy in Documents, no new letter, the earlier one
 * and its copy where they were) and the parent is told in plain words.
 */
class MadeAgainCopyToTheBinTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    @TempDir
    Path letters;
    AppServices services;
    CaseFile caseFile;
    LetterFacts facts;

    @BeforeEach
    void aCase() {
        services = AppServices.open(data, CLOCK);
        services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121234567890").build());
        caseFile = services.cases.cases().get(0);
        facts = LetterWiring.facts(services, caseFile);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Makes the arrears breakdown with this heading, as the writer does, and keeps it. */
    private String make(String file, String heading, Optional<Long> inPlaceOf) throws Exception {
        Path pdf = letters.resolve(file);
        // Another heading, another file: the footer's line tells them apart here (the same bytes are one document).
        Files.write(pdf, new LetterPdfRenderer(CLOCK).render(LetterTemplates.ARREARS_BREAKDOWN.document(facts)
                .withFingerprint(heading)).pdf());
        return LetterWiring.keeper(services).keep(caseFile.id(), pdf, LetterTemplates.ARREARS_BREAKDOWN, facts,
                Optional.empty(), inPlaceOf, heading, "");
    }

    private boolean inDocuments(long id) {
        return services.documents.documents(caseFile.id()).stream().anyMatch(d -> d.id() == id);
    }

    @Test
    void theEarlierLettersCopyGoesToTheBinWithItAndTheParentIsTold() throws Exception {
        make("2026-11-22 Breakdown of the arrears.pdf", "Breakdown of the arrears", Optional.empty());
        SentLetter first = services.sentLetters.letters(caseFile.id()).get(0);
        long firstCopy = first.copyDocumentId().orElseThrow();

        String said = make("2026-11-22 Breakdown of the arrears, corrected.pdf",
                "Breakdown of the arrears, corrected", Optional.of(first.id()));

        assertTrue(said.endsWith("The letter you made on 22 Nov 2026 is in the Bin with its copy from Documents, "
                + "where you can put them back. Its file, 2026-11-22 Breakdown of the arrears.pdf, is still in the "
                + "folder you saved it in: post the new one, not that one."), said);
        assertFalse(inDocuments(firstCopy), "not left in Documents to be taken for a letter to post");
        assertTrue(services.documents.binned(caseFile.id()).stream().anyMatch(d -> d.id() == firstCopy));
        assertTrue(Files.exists(services.documents.fileOf(services.documents.find(firstCopy).orElseThrow())),
                "nothing deleted");
        assertEquals(1, services.documents.documents(caseFile.id()).size(), "the new letter's copy");

        services.sentLetters.restore(first.id());
        assertTrue(inDocuments(firstCopy), "put back with its letter");
    }

    @Test
    void aFailedMoveOfTheCopyKeepsNothingAndSaysSo() throws Exception {
        make("2026-11-22 Breakdown of the arrears.pdf", "Breakdown of the arrears", Optional.empty());
        SentLetter first = services.sentLetters.letters(caseFile.id()).get(0);
        long firstCopy = first.copyDocumentId().orElseThrow();
        services.database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.execute("CREATE TEMP TRIGGER refuse_document_bin BEFORE UPDATE OF deleted_at ON document "
                        + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
            }
            return null;
        });

        Exception failed = assertThrows(Exception.class, () -> make("2026-11-22 Breakdown of the arrears, "
                + "corrected.pdf", "Breakdown of the arrears, corrected", Optional.of(first.id())));

        assertEquals("The new letter is saved as 2026-11-22 Breakdown of the arrears, corrected.pdf, but the app "
                + "could not log it, so your records are as they were: the letter you made on 22 Nov 2026 and its "
                + "copy are still in Letters and Documents, not in the Bin. Press Make PDF again; if it keeps "
                + "happening, restart the app.", Problems.forParent(failed));
        assertEquals(List.of(first.id()), services.sentLetters.letters(caseFile.id()).stream()
                .map(SentLetter::id).toList(), "the earlier letter still to post, the new one not logged");
        assertEquals(List.of(), services.sentLetters.binned(caseFile.id()));
        assertEquals(List.of(firstCopy), services.documents.documents(caseFile.id()).stream().map(d -> d.id())
                .toList(), "its copy where it was, and no copy of a letter not logged");
    }
}
