package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;

/**
 * Which decision a letter answers. A calculation dated Thursday 1 October 2026 and a refusal dated Thursday 15
 * October: one reconsideration request must never tick both limits, or the parent is told a limit is met that is not.
 */
class DecisionAnswersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Decision CALCULATION = new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 1), "",
            Optional.empty());
    static final Decision REFUSAL = new Decision(2, 1, Decision.Kind.REFUSAL, LocalDate.of(2026, 10, 15), "",
            Optional.empty());
    static final Decision WRITE_OFF = new Decision(3, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 10, 20), "",
            Optional.empty());

    static SentLetter letter(long id, LocalDate written, LetterKind kind, Optional<Long> answers) {
        return new SentLetter(id, 1, written, Optional.of(written), new Recipient(Optional.empty(), "CMS", ""),
                "Mandatory reconsideration", kind, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), answers);
    }

    static StandingReport report(List<SentLetter> sent, Decision... decisions) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), sent, List.of(),
                List.of(decisions), List.of(), TODAY);
    }

    /** Whether the decision's first limit (reconsideration or write-off reply) shows as met. */
    static boolean ticked(StandingReport report, Decision decision) {
        return report.decisions().stream().filter(d -> d.decision().id() == decision.id()).findFirst().orElseThrow()
                .deadlines().get(0).done();
    }

    static List<DecisionAnswers.Unclear> unclear(StandingReport report, Decision decision) {
        return report.decisions().stream().filter(d -> d.decision().id() == decision.id()).findFirst().orElseThrow()
                .unclear();
    }

    @Test
    @DisplayName("One request with no link, written after two decisions, ticks neither and the page asks which")
    void oneLetterAfterTwoDecisionsTicksNeither() {
        SentLetter request = letter(7, LocalDate.of(2026, 10, 20), LetterKind.RECONSIDERATION_REQUEST,
                Optional.empty());
        StandingReport report = report(List.of(request), CALCULATION, REFUSAL);
        assertFalse(ticked(report, CALCULATION));
        assertFalse(ticked(report, REFUSAL));
        DecisionAnswers.Unclear which = new DecisionAnswers.Unclear(7, LocalDate.of(2026, 10, 20));
        assertEquals(List.of(which), unclear(report, CALCULATION));
        assertEquals(List.of(which), unclear(report, REFUSAL));
        Deadline calculationLimit = report.decisions().get(0).deadlines().get(0);
        assertEquals(List.of(which), report.unclearFor(calculationLimit));
    }

    static SentLetter unsent(long id, LocalDate written, LetterKind kind, Optional<Long> answers) {
        SentLetter l = letter(id, written, kind, answers);
        return new SentLetter(l.id(), l.caseId(), l.written(), Optional.empty(), l.to(), l.subject(), l.kind(),
                l.copyDocumentId(), l.method(), l.proof(), l.trackingNumber(), l.replyBy(), l.inReplyTo(),
                l.trackedDelivery(), l.printedReplyBy(), l.answersDecision());
    }

    @Test
    @DisplayName("A request written but not sent ticks nothing, linked or not, and the page says it is waiting")
    void aLetterNotSentTicksNothing() {
        LocalDate written = LocalDate.of(2026, 10, 20);
        DecisionAnswers.Unclear waiting = new DecisionAnswers.Unclear(7, written,
                DecisionAnswers.Unclear.Why.NOT_POSTED);
        StandingReport linked = report(List.of(unsent(7, written, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id()))), CALCULATION, REFUSAL);
        assertFalse(ticked(linked, REFUSAL));
        assertEquals(List.of(waiting), unclear(linked, REFUSAL));
        assertEquals(List.of(), unclear(linked, CALCULATION));
        StandingReport alone = report(List.of(unsent(7, written, LetterKind.RECONSIDERATION_REQUEST,
                Optional.empty())), REFUSAL);
        assertFalse(ticked(alone, REFUSAL));
        assertEquals(List.of(waiting), unclear(alone, REFUSAL));
        StandingReport writeOff = report(List.of(unsent(8, LocalDate.of(2026, 10, 22), LetterKind.WRITE_OFF_REPLY,
                Optional.of(WRITE_OFF.id()))), WRITE_OFF);
        assertFalse(ticked(writeOff, WRITE_OFF));
        // Once it has a posting date, the same letter meets the limit and the note goes.
        StandingReport posted = report(List.of(letter(7, written, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id())), unsent(9, written, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id()))), CALCULATION, REFUSAL);
        assertTrue(ticked(posted, REFUSAL));
        assertEquals(List.of(), unclear(posted, REFUSAL));
    }

    @Test
    @DisplayName("A request linked to the refusal ticks the refusal only")
    void aLinkedLetterTicksItsDecisionOnly() {
        SentLetter request = letter(7, LocalDate.of(2026, 10, 20), LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id()));
        StandingReport report = report(List.of(request), CALCULATION, REFUSAL);
        assertTrue(ticked(report, REFUSAL));
        assertFalse(ticked(report, CALCULATION));
        assertEquals(List.of(), unclear(report, CALCULATION));
        // The calculation's limit is still the thing to do: Sunday 1 November, so act by Friday 30 October.
        assertTrue(report.open().stream().anyMatch(d -> d.what().equals("Ask for a mandatory reconsideration")
                && d.date().equals(LocalDate.of(2026, 10, 30))), report.open().toString());
    }

    @Test
    @DisplayName("A letter with no link answers the one decision no linked letter answers")
    void anUnlinkedLetterAnswersTheOneDecisionStillOpen() {
        SentLetter forRefusal = letter(7, LocalDate.of(2026, 10, 20), LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id()));
        SentLetter older = letter(8, LocalDate.of(2026, 10, 22), LetterKind.RECONSIDERATION_REQUEST,
                Optional.empty());
        StandingReport report = report(List.of(forRefusal, older), CALCULATION, REFUSAL);
        assertTrue(ticked(report, CALCULATION));
        assertTrue(ticked(report, REFUSAL));
    }

    @Test
    @DisplayName("A letter with no link never answers a decision dated after it, nor one of another kind")
    void anUnlinkedLetterAnswersOnlyAnEarlierDecisionOfItsKind() {
        SentLetter request = letter(7, LocalDate.of(2026, 10, 5), LetterKind.RECONSIDERATION_REQUEST,
                Optional.empty());
        StandingReport report = report(List.of(request), CALCULATION, REFUSAL, WRITE_OFF);
        assertTrue(ticked(report, CALCULATION));
        assertFalse(ticked(report, REFUSAL));
        assertFalse(ticked(report, WRITE_OFF));
        assertEquals(List.of(), unclear(report, REFUSAL));
    }

    @Test
    @DisplayName("Two letters with no link after two decisions still tick neither: both may be about one")
    void twoUnlinkedLettersDoNotShareOutTwoDecisions() {
        StandingReport report = report(List.of(letter(7, LocalDate.of(2026, 10, 20),
                LetterKind.RECONSIDERATION_REQUEST, Optional.empty()), letter(8, LocalDate.of(2026, 10, 22),
                LetterKind.RECONSIDERATION_REQUEST, Optional.empty())), CALCULATION, REFUSAL);
        assertFalse(ticked(report, CALCULATION));
        assertFalse(ticked(report, REFUSAL));
        assertEquals(2, unclear(report, REFUSAL).size());
    }

    @Test
    @DisplayName("A link to a decision of another kind, or dated after the letter, ticks nothing")
    void aLinkThatCannotBeRightTicksNothing() {
        SentLetter wrongKind = letter(7, LocalDate.of(2026, 10, 25), LetterKind.WRITE_OFF_REPLY,
                Optional.of(CALCULATION.id()));
        SentLetter beforeIt = letter(8, LocalDate.of(2026, 10, 10), LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(REFUSAL.id()));
        StandingReport report = report(List.of(wrongKind, beforeIt), CALCULATION, REFUSAL, WRITE_OFF);
        assertFalse(ticked(report, CALCULATION));
        assertFalse(ticked(report, REFUSAL));
        assertFalse(ticked(report, WRITE_OFF));
    }

    @Test
    @DisplayName("A write-off reply with no link answers the one write-off proposal, never a calculation")
    void aWriteOffReplyAnswersTheProposal() {
        StandingReport report = report(List.of(letter(7, LocalDate.of(2026, 10, 25), LetterKind.WRITE_OFF_REPLY,
                Optional.empty())), CALCULATION, WRITE_OFF);
        assertTrue(ticked(report, WRITE_OFF));
        assertFalse(ticked(report, CALCULATION));
    }

    @Test
    @DisplayName("A letter the app wrote answers the one decision of its kind with the date it quotes")
    void theQuotedDateFindsTheDecision() {
        List<Decision> all = List.of(CALCULATION, REFUSAL, WRITE_OFF);
        assertEquals(Optional.of(2L), DecisionAnswers.quoted(all, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(LocalDate.of(2026, 10, 15))));
        assertEquals(Optional.of(3L), DecisionAnswers.quoted(all, LetterKind.WRITE_OFF_REPLY,
                Optional.of(LocalDate.of(2026, 10, 20))));
        assertEquals(Optional.empty(), DecisionAnswers.quoted(all, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(LocalDate.of(2026, 10, 20))));
        assertEquals(Optional.empty(), DecisionAnswers.quoted(all, LetterKind.COMPLAINT,
                Optional.of(LocalDate.of(2026, 10, 15))));
        Decision sameDay = new Decision(4, 1, Decision.Kind.REFUSAL, LocalDate.of(2026, 10, 1), "", Optional.empty());
        assertEquals(Optional.empty(), DecisionAnswers.quoted(List.of(CALCULATION, sameDay),
                LetterKind.RECONSIDERATION_REQUEST, Optional.of(LocalDate.of(2026, 10, 1))));
    }

    @Test
    @DisplayName("The form offers decisions of the letter's kind dated on or before it, latest first")
    void choicesForTheForm() {
        List<Decision> all = List.of(CALCULATION, REFUSAL, WRITE_OFF);
        assertEquals(List.of(REFUSAL, CALCULATION), DecisionAnswers.choices(all, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(LocalDate.of(2026, 10, 20))));
        assertEquals(List.of(CALCULATION), DecisionAnswers.choices(all, LetterKind.RECONSIDERATION_REQUEST,
                Optional.of(LocalDate.of(2026, 10, 14))));
        assertEquals(List.of(WRITE_OFF), DecisionAnswers.choices(all, LetterKind.WRITE_OFF_REPLY, Optional.empty()));
        assertEquals(List.of(), DecisionAnswers.choices(all, LetterKind.COMPLAINT, Optional.empty()));
    }
}
