package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;
import uk.cml.domain.standing.ComplaintThreads;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDatesTest;

/**
 * Each letter the app writes, logged as the writer logs it, in a real records file, read back after the records are
 * closed and opened again: the kind the log keeps is what the letter is, and complaint threads still see the
 * complaint stages.
 */
class LetterKindStoredTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;

    @TempDir
    Path letters;

    @Test
    @DisplayName("every written letter reads back under its own kind; the complaint stages are a thread's steps")
    void keptKinds() throws Exception {
        long caseId;
        List<Long> sample;
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            caseId = caseFile.id();
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            sample = services.sentLetters.letters(caseId).stream().map(SentLetter::id).toList();
            LetterPdfRenderer renderer = new LetterPdfRenderer(CLOCK);
            for (LetterTemplate template : LetterTemplates.all()) {
                Path pdf = letters.resolve(template.key() + ".pdf");
                Files.write(pdf, renderer.render(template.document(facts)).pdf());
                LetterWiring.keeper(services).keep(caseId, pdf, template, facts, Optional.empty());
            }
        }
        try (AppServices reopened = AppServices.open(data, CLOCK)) {
            Map<String, SentLetter> bySubject = reopened.sentLetters.letters(caseId).stream()
                    .filter(l -> !sample.contains(l.id()))
                    .collect(Collectors.toMap(SentLetter::subject, Function.identity(), (a, b) -> { throw new AssertionError("two letters named " + a.subject()); }));
            Map<String, LetterKind> read = LetterTemplates.all().stream().collect(Collectors.toMap(
                    LetterTemplate::key, t -> bySubject.get(t.fileTitle()).kind()));
            assertEquals(ReplyDatesTest.TRUE_KINDS, read);
            assertEquals(LetterKind.COLLECTION_REQUEST, read.get("enforcement-request"));
            assertEquals(Optional.of(Step.COMPLAINT), ComplaintThreads.stepOf(
                    bySubject.get(LetterTemplates.COLLECTION_COMPLAINT.fileTitle())));
            assertEquals(Optional.of(Step.SENIOR_REVIEW), ComplaintThreads.stepOf(
                    bySubject.get(LetterTemplates.SENIOR_REVIEW.fileTitle())));
            assertEquals(Optional.of(Step.ICE), ComplaintThreads.stepOf(
                    bySubject.get(LetterTemplates.ICE_COMPLAINT.fileTitle())));
        }
        // Kept by name, and a letter an earlier version logged under the old kind still reads, as it was logged.
        try (AppServices older = AppServices.open(data, CLOCK)) {
            older.database.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT kind FROM letter_sent WHERE subject = 'Enforcement request to CMS'")) {
                    assertTrue(r.next());
                    assertEquals("COLLECTION_REQUEST", r.getString(1));
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO letter_sent (case_id, written_on, "
                        + "subject, kind, recorded_at) VALUES (?, '2026-10-01', 'Older enforcement request', "
                        + "'ARREARS_REPORT', '2026-10-01T09:00:00')")) {
                    insert.setLong(1, caseId);
                    return insert.executeUpdate();
                }
            });
        }
        try (AppServices again = AppServices.open(data, CLOCK)) {
            SentLetter older = again.sentLetters.letters(caseId).stream()
                    .filter(l -> l.subject().equals("Older enforcement request")).findFirst().orElseThrow();
            assertEquals(LetterKind.ARREARS_REPORT, older.kind());
            assertEquals(sample.size() + LetterTemplates.all().size() + 1, again.sentLetters.letters(caseId).size(),
                    "the sample case's letters, each written letter and the older one");
        }
    }
}
