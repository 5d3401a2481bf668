package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * The CMS acknowledges a complaint (target: 2 working days) before it replies (target: 15 working days). An
 * acknowledgement meets the first target only: the reply is still due, and there is nothing for the parent to
 * answer yet. Complaint posted first class on Monday 2 March 2026: delivered 4 March, acknowledgement due 6 March,
 * reply due 25 March.
 */
class ComplaintAcknowledgementTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint about slow collection", d(3, 2),
            PostingMethod.FIRST_CLASS);

    final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    private static Deadline deadline(ComplaintThread thread, String what) {
        return thread.deadlines().stream().filter(d -> d.what().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + what + "\" in " + thread.deadlines()));
    }

    @Test
    void anAcknowledgementMeetsTheTargetToAcknowledgeButTheReplyIsStillDue() {
        ReceivedLetter ack = received(20, d(3, 5), "Acknowledgement of my complaint", Optional.empty());
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(ack));
        assertTrue(deadline(thread, "CMS target to acknowledge your complaint").done());
        assertFalse(deadline(thread, "CMS target to reply to your complaint").done());
        assertEquals(ComplaintStage.empty(Step.CMS_REPLY), thread.stage(Step.CMS_REPLY).orElseThrow());
        assertEquals(Optional.empty(), thread.stage(Step.COMPLAINT).orElseThrow().replyReceived());
        assertEquals("CMS target to reply to your complaint: 25 Mar 2026.", thread.next().text());
        assertEquals(Optional.of("chase-reply"), thread.next().letter(), "not the senior review request");
    }

    @Test
    void theReplyAfterTheAcknowledgementIsTheReplyLinkedOrNot() {
        ReceivedLetter ack = received(20, d(3, 5), "They acknowledged my complaint", Optional.of(1L));
        ReceivedLetter reply = received(21, d(3, 20), "Reply about my complaint: not upheld", Optional.empty());
        for (List<ReceivedLetter> order : List.of(List.of(ack, reply), List.of(reply, ack))) {
            ComplaintThread thread = threads.build(List.of(COMPLAINT), order);
            assertEquals(Optional.of(d(3, 20)), thread.stage(Step.CMS_REPLY).orElseThrow().replyReceived());
            assertTrue(deadline(thread, "CMS target to reply to your complaint").done());
            assertEquals(Optional.of("senior-review"), thread.next().letter());
        }
    }

    @Test
    void withNoAcknowledgementTheReplyAnswersBothTargetsTheFirstLate() {
        // Posted Mon 2 Mar 1st class, delivered Wed 4 Mar: acknowledge by Fri 6 Mar, reply by Wed 25 Mar. A reply of
        // 18 Mar with no acknowledgement before it meets the reply target, and answers the other only after its
        // date: "not met", never "done" as if on time (reviewer 4: a final response weeks after the target).
        ReceivedLetter reply = received(21, d(3, 20), "Reply to my complaint", Optional.of(1L));
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(reply));
        Deadline acknowledge = deadline(thread,
                "CMS target to acknowledge your complaint: not met, the first answer is dated 18 Mar 2026");
        assertTrue(acknowledge.done());
        assertTrue(acknowledge.late());
        Deadline answered = deadline(thread, "CMS target to reply to your complaint");
        assertTrue(answered.done());
        assertFalse(answered.late());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acknowledgment of my review request", "Acknowledges my review: final response to follow"})
    void anAcknowledgementOfTheReviewRequestLeavesItsReplyDue(String summary) {
        ReceivedLetter reply = received(21, d(3, 20), "Reply to my complaint", Optional.of(1L));
        SentLetter review = posted(2, "Please review my complaint", d(3, 30), PostingMethod.BY_HAND);
        ReceivedLetter ack = received(22, d(4, 2), summary, Optional.of(2L));
        ComplaintThread thread = threads.build(List.of(COMPLAINT, review), List.of(reply, ack));
        assertEquals(Optional.empty(), thread.stage(Step.SENIOR_REVIEW).orElseThrow().replyReceived());
        assertFalse(deadline(thread, "CMS target to reply to your review request").done());
        assertEquals(Optional.of("chase-reply"), thread.next().letter());
        assertEquals(ComplaintStage.empty(Step.FINAL_RESPONSE), thread.stage(Step.FINAL_RESPONSE).orElseThrow());
        assertTrue(thread.deadlines().stream().noneMatch(d -> d.letter().equals(Optional.of("ice-complaint"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acknowledgement of my complaint", "They acknowledge receipt of my complaint",
        "Acknowledgement letter", "acknowledged my complaint, reply within 15 working days"})
    void anAcknowledgementGivesNothingToWrite(String summary) {
        ReceivedLetter ack = received(20, d(3, 5), summary, Optional.of(1L));
        assertTrue(ComplaintReading.isAcknowledgement(ack));
        assertEquals(ComplaintReply.NO_LETTER, ComplaintReading.replyTo(ack, Optional.of(Step.COMPLAINT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"They acknowledged my complaint and apologised", "Complaint upheld",
        "Reply to my complaint: acknowledgement of the mistake, consolatory payment offered"})
    void aReplyWithAnOutcomeIsNoAcknowledgement(String summary) {
        ReceivedLetter reply = received(20, d(3, 20), summary, Optional.of(1L));
        assertFalse(ComplaintReading.isAcknowledgement(reply));
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintReading.replyTo(reply, Optional.of(Step.COMPLAINT)));
    }
}
