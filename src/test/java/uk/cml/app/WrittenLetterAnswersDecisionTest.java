package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.StandingReport;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.common.ModelCase;

/**
 * A letter written from a decision's limit (as the Overview's "What needs doing" begins it) is logged as answering
 * that decision, so only its limit is ticked. A calculation of 1 October 2026 and a refusal of 15 October; a
 * write-off proposal of 2 November.
 */
class WrittenLetterAnswersDecisionTest {

    @TempDir
    Path data;
    @TempDir
    Path letters;

    @Test
    @DisplayName("A reconsideration request begun from the refusal's limit answers the refusal; a write-off reply its proposal")
    void aLetterBegunFromADecisionAnswersIt() throws Exception {
        try (ModelCase records = new ModelCase(data)) {
            AppServices services = records.services;
            long caseId = records.caseId;
            CaseFile caseFile = services.cases.find(caseId).orElseThrow();
            long calculation = services.standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION,
                    LocalDate.of(2026, 10, 1), "", Optional.empty()));
            long refusal = services.standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL,
                    LocalDate.of(2026, 10, 15), "", Optional.empty()));
            long writeOff = services.standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF,
                    LocalDate.of(2026, 11, 2), "", Optional.empty()));
            StandingReport before = services.standing.report(caseId, LocalDate.of(2026, 11, 22));

            keep(services, caseFile, LetterTemplates.MANDATORY_RECONSIDERATION, limitOf(before, refusal));
            keep(services, caseFile, LetterTemplates.WRITE_OFF_REPLY, limitOf(before, writeOff));
            // Written, not yet posted: the CMS does not have them, so no limit is met; each waits on its letter.
            StandingReport written = services.standing.report(caseId, LocalDate.of(2026, 11, 22));
            assertEquals(List.of(false, false, false), written.decisions().stream()
                    .map(d -> d.deadlines().get(0).done()).toList(), "nothing is met before posting");
            assertEquals(List.of(List.of(), List.of(DecisionAnswers.Unclear.Why.NOT_POSTED),
                    List.of(DecisionAnswers.Unclear.Why.NOT_POSTED)), written.decisions().stream()
                    .map(d -> d.unclear().stream().map(DecisionAnswers.Unclear::why).toList()).toList());
            postAll(services, caseId);
            StandingReport after = services.standing.report(caseId, LocalDate.of(2026, 11, 22));
            assertEquals(calculation, after.decisions().get(0).decision().id());
            assertEquals(List.of(false, true, true), after.decisions().stream()
                    .map(d -> d.deadlines().get(0).done()).toList(), "the calculation's limit stays open");

            // Chosen from the list: the one decision about the calculation whose request is still to be sent is
            // the calculation, so the letter quotes its date and answers it.
            keep(services, caseFile, LetterTemplates.MANDATORY_RECONSIDERATION, new Deadline.From.Nothing());
            List<Optional<Long>> links = services.sentLetters.letters(caseId).stream()
                    .sorted(java.util.Comparator.comparingLong(SentLetter::id)).map(SentLetter::answersDecision)
                    .toList();
            assertEquals(List.of(Optional.of(refusal), Optional.of(writeOff), Optional.of(calculation)), links);
            postAll(services, caseId);
            assertEquals(List.of(true, true, true), services.standing.report(caseId, LocalDate.of(2026, 11, 22))
                    .decisions().stream().map(d -> d.deadlines().get(0).done()).toList());
        }
    }

    /** Records every letter not yet posted as posted first class on the day it was written. */
    private static void postAll(AppServices services, long caseId) {
        services.sentLetters.letters(caseId).stream().filter(l -> l.posted().isEmpty())
                .forEach(l -> services.sentLetters.correct(new SentLetter(l.id(), l.caseId(), l.written(),
                        Optional.of(l.written()), l.to(), l.subject(), l.kind(), l.copyDocumentId(),
                        Optional.of(PostingMethod.FIRST_CLASS), l.proof(), l.trackingNumber(), l.replyBy(),
                        l.inReplyTo(), l.trackedDelivery(), l.printedReplyBy(), l.answersDecision())));
    }

    private static Deadline.From limitOf(StandingReport report, long decisionId) {
        return report.decisions().stream().filter(d -> d.decision().id() == decisionId).findFirst().orElseThrow()
                .deadlines().get(0).from();
    }

    private void keep(AppServices services, CaseFile caseFile, LetterTemplate template, Deadline.From from)
            throws Exception {
        LetterFacts facts = LetterStarts.forDeadline(template, from).preset()
                .apply(LetterWiring.facts(services, caseFile));
        LetterFacts addressed = facts.toBuilder().recipient(CaseFacts.recipient(services.addressBook.byRole(
                template.recipientRole().addressBookRole().orElseThrow()).orElseThrow())).build();
        Path pdf = Files.createTempFile(letters, "letter", ".pdf");
        Files.write(pdf, new LetterPdfRenderer(LetterWiringTest.CLOCK).render(template.document(addressed)).pdf());
        LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, addressed, Optional.empty());
    }
}
