package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Whether a CMS letter only says the complaint (or review request) has arrived is the parent's own answer, not a
 * reading of the words of their summary: a parent who wrote "they did not acknowledge my complaint" about the reply
 * itself, or "ack letter", used to have the reply silently taken for an acknowledgement (the reply still "due",
 * the chase letter suggested). And "Not sure" to the final-response question is an answer: a "final response" in
 * the summary no longer holds the next letter back. Complaint posted first class on Monday 2 March 2026: delivered
 * 4 March, acknowledgement due 6 March, reply due 25 March.
 */
class AcknowledgementIsTheParentsAnswerTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint about slow collection", d(3, 2),
            PostingMethod.FIRST_CLASS);

    final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    /** A letter linked as the reply to the complaint, with no answers: nothing read from its summary. */
    static ReceivedLetter linked(String summary) {
        return new ReceivedLetter(20, 1, Optional.of(d(3, 18)), d(3, 20), "CMS", summary, Optional.empty(),
                Optional.of(1L));
    }

    private static Deadline deadline(ComplaintThread thread, String what) {
        return thread.deadlines().stream().filter(d -> d.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + what + "\" in " + thread.deadlines()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"They did not acknowledge my complaint; this letter is their reply",
        "ack letter", "Acknowledgement of my complaint", "They have received my complaint and will reply by 1 May"})
    void theSummarysWordsNoLongerMakeAnAcknowledgement(String summary) {
        ReceivedLetter letter = linked(summary);
        assertFalse(ComplaintReading.isAcknowledgement(letter), summary);
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(letter));
        assertEquals(Optional.of(d(3, 20)), thread.stage(Step.CMS_REPLY).orElseThrow().replyReceived(),
                "the reply, as linked: " + summary);
        assertTrue(deadline(thread, "CMS target to reply to your complaint").done(), summary);
        assertEquals(Optional.of("senior-review"), thread.next().letter(), summary);
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintReading.replyTo(letter, Optional.of(Step.COMPLAINT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Their final response will follow", "Final response: no action needed",
        "FINAL RESPONSE - not upheld"})
    void notSureIsAnAnswerTheSummaryDoesNotOverrule(String summary) {
        ReceivedLetter unsure = new ReceivedLetter(20, 1, Optional.of(d(3, 18)), d(3, 20), "CMS", summary,
                Optional.empty(), Optional.of(1L), Optional.of(FinalResponseAnswer.NOT_SURE));
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintReading.replyTo(unsure, Optional.of(Step.COMPLAINT)),
                "Not sure: the CMS still has the complaint, and a review is the next letter: " + summary);
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintReading.replyTo(
                unsure.withFinalResponse(Optional.of(FinalResponseAnswer.NO)), Optional.of(Step.COMPLAINT)), summary);
        assertEquals(Optional.of("senior-review"), threads.build(List.of(COMPLAINT), List.of(unsure)).next().letter(),
                summary);
    }
}
