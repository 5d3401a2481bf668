package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.templates.AnsweredOnRecord;
import uk.cml.letters.templates.AnsweredOnRecord.NotLogged;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.WriteOffDetails;

/**
 * The writer's facts, read from real records, hold the letters and decisions a reply is checked against: a reply
 * begun from a proposal the records hold says nothing; one quoting a date the records lack says so.
 */
class RepliesOnRecordTest {

    @TempDir
    Path data;

    private static Optional<NotLogged> check(LetterTemplate template, LetterFacts facts) {
        LetterDraft draft = template.draft(facts);
        return AnsweredOnRecord.check(template, facts, draft, draft);
    }

    @Test
    @DisplayName("The sample case's write-off proposal and the parent's own letters are on record; other dates are not")
    void onRealRecords() {
        try (AppServices services = AppServices.open(data, LetterLimitsTest.CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            assertTrue(facts.onRecord().known());
            LocalDate proposed = services.standing.decisions(caseFile.id()).stream()
                    .filter(d -> d.kind() == Decision.Kind.WRITE_OFF).map(Decision::dated).findFirst().orElseThrow();
            assertEquals(Optional.empty(), check(LetterTemplates.WRITE_OFF_REPLY, facts.toBuilder()
                    .writeOff(new WriteOffDetails(proposed, null, "I have debts", "")).build()));
            Set<LocalDate> received = services.receivedLetters.letters(caseFile.id()).stream()
                    .flatMap(r -> r.dated().stream()).collect(Collectors.toSet());
            LocalDate unlogged = proposed.minusDays(1);
            while (received.contains(unlogged)) {
                unlogged = unlogged.minusDays(1);
            }
            assertEquals(Optional.of(new NotLogged(AnsweredOnRecord.From.CMS, unlogged, Optional.empty())),
                    check(LetterTemplates.WRITE_OFF_REPLY, facts.toBuilder()
                            .writeOff(new WriteOffDetails(unlogged, null, "I have debts", "")).build()));

            List<SentLetter> sent = services.sentLetters.letters(caseFile.id());
            assertFalse(sent.isEmpty(), "the sample case has letters of the parent's");
            LocalDate written = sent.get(0).written();
            EarlierLetter typedIn = new EarlierLetter(written, "My letter", written, "first class post", "");
            assertEquals(Optional.empty(), check(LetterTemplates.CHASE_REPLY, facts.toBuilder()
                    .earlierLetter(typedIn).build()));
            Set<LocalDate> mine = sent.stream().map(SentLetter::written).collect(Collectors.toSet());
            LocalDate notMine = written.minusDays(1);
            while (mine.contains(notMine)) {
                notMine = notMine.minusDays(1);
            }
            assertEquals(Optional.of(new NotLogged(AnsweredOnRecord.From.PARENT, notMine, Optional.empty())),
                    check(LetterTemplates.CHASE_REPLY, facts.toBuilder().earlierLetter(new EarlierLetter(notMine,
                            "My letter", notMine, "first class post", "")).build()));
        }
    }
}
