package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;
import static uk.cml.domain.standing.ComplaintThreadsTest.written;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Which complaint the Where things stand page follows, and what it says once a review request is written: the
 * page and the letters read the same complaint ({@link ComplaintPosition#lettersOf}), and a letter made but not
 * posted is to be posted. Dates worked by hand on the England and Wales calendar of 2026.
 */
class ComplaintFollowedTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint about slow collection", d(3, 2),
            PostingMethod.FIRST_CLASS);

    private static StandingReport report(List<SentLetter> sent, List<ReceivedLetter> received) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), sent, received, List.of(),
                List.of(), d(12, 1));
    }

    @Test
    @DisplayName("no reply, review request made and not posted: post it, not chase the complaint's reply")
    void unpostedReviewWithNoReplyIsToBePosted() {
        // The complaint's reply was due 25 March; the review request was made on 1 April and not posted.
        SentLetter review = written(2, "Complaint review request to CMS", d(4, 1));
        StandingReport report = report(List.of(COMPLAINT, review), List.of());
        ComplaintThread.NextAction next = report.complaintNext(d(4, 2));
        assertEquals("From 1 Apr 2026: Post the letter you made, then record the posting and the proof of postage: "
                + "Your request for a senior manager's review.", next.text());
        assertEquals(next, report.next(d(4, 2)));
        assertEquals(next, report.complaint().next());
        // The complaint's reply target is still shown as passed with nothing come: it is not "met".
        Deadline replyTarget = report.complaint().deadlines().stream()
                .filter(dl -> dl.date().equals(d(3, 25))).findFirst().orElseThrow();
        assertFalse(replyTarget.done());
        assertTrue(report.open().contains(replyTarget), "still a date watched");
    }

    @Test
    @DisplayName("a reply, review request made and not posted: post it, not ask for the review again")
    void unpostedReviewAfterTheReplyIsToBePosted() {
        ReceivedLetter reply = received(20, d(3, 20), "Reply to my complaint", Optional.of(1L));
        SentLetter review = written(2, "Complaint review request to CMS", d(4, 1));
        StandingReport report = report(List.of(COMPLAINT, review), List.of(reply));
        ComplaintThread.NextAction next = report.complaintNext(d(4, 2));
        assertTrue(next.text().startsWith("From 1 Apr 2026: Post the letter you made"), next.text());
        assertEquals(Optional.empty(), next.letter());
    }

    @Test
    @DisplayName("no reply, review request posted: wait for the review's reply, not chase the complaint's")
    void postedReviewWithNoReplyWaitsForTheReview() {
        // Posted first class on Wednesday 1 April: delivered Friday 3 April is Good Friday, so Tuesday 7 April;
        // 15 working days on is Tuesday 28 April.
        SentLetter review = posted(2, "Complaint review request to CMS", d(4, 1), PostingMethod.FIRST_CLASS);
        StandingReport report = report(List.of(COMPLAINT, review), List.of());
        // First its target to acknowledge (delivered 7 April, 2 working days on: 9 April), as its letter asks.
        ComplaintThread.NextAction next = report.complaintNext(d(4, 9));
        assertTrue(next.text().contains("CMS target to acknowledge your review request is 9 Apr 2026"), next.text());
        assertEquals(Optional.empty(), next.letter(), "nothing to write while the review's reply is awaited");
        // Acknowledged: its reply is awaited.
        next = report(List.of(COMPLAINT, review), List.of(received(13, d(4, 9), "Acknowledgement of my review request",
                Optional.of(2L)))).complaintNext(d(4, 9));
        assertTrue(next.text().contains("CMS target to reply to your review request"), next.text());
        assertEquals(Optional.empty(), next.letter(), "nothing to write while the review's reply is awaited");
    }

    @Test
    @DisplayName("two complaints: the page follows the latest, as the letters do")
    void theLatestComplaintIsFollowed() {
        SentLetter old = posted(5, "Complaint to CMS", d(1, 5), PostingMethod.FIRST_CLASS);
        ReceivedLetter oldFinal = received(12, d(2, 11), "Final response", Optional.empty());
        SentLetter latest = posted(6, "Complaint about the arrears", d(9, 23), PostingMethod.FIRST_CLASS);
        List<SentLetter> sent = List.of(latest, old);
        ComplaintThread thread = report(sent, List.of(oldFinal)).complaint();
        assertEquals(Optional.of(d(9, 23)), thread.stage(Step.COMPLAINT).orElseThrow().sent());
        assertEquals(ComplaintStage.empty(Step.FINAL_RESPONSE), thread.stage(Step.FINAL_RESPONSE).orElseThrow());
        ComplaintPosition position = ComplaintPosition.read(sent, List.of(oldFinal));
        assertEquals(position.complainedOn(), thread.stage(Step.COMPLAINT).orElseThrow().sent());
        assertEquals(List.of(latest), ComplaintPosition.lettersOf(sent, List.of(oldFinal)));
    }

    @Test
    @DisplayName("one complaint still open: later complaint letters add to it, on the page as in the letters")
    void anOpenComplaintIsStillFollowed() {
        SentLetter more = posted(7, "Complaint: more about the missed payments", d(3, 20), PostingMethod.FIRST_CLASS);
        SentLetter draft = written(8, "Complaint review request to CMS", d(2, 1));
        List<SentLetter> sent = List.of(more, COMPLAINT, draft);
        assertEquals(List.of(COMPLAINT, more), ComplaintPosition.lettersOf(sent, List.of()),
                "a draft written before the complaint is not part of it");
        ComplaintThread thread = report(sent, List.of()).complaint();
        assertEquals(Optional.of(d(3, 2)), thread.stage(Step.COMPLAINT).orElseThrow().sent());
        assertFalse(thread.stage(Step.SENIOR_REVIEW).isPresent());
    }

    @Test
    @DisplayName("nothing posted yet: the letters made are the complaint, to be posted")
    void nothingPostedYet() {
        SentLetter draft = written(1, "Complaint", d(3, 2));
        assertEquals(List.of(draft), ComplaintPosition.lettersOf(List.of(draft), List.of()));
        assertEquals(ComplaintPosition.NONE, ComplaintPosition.read(List.of(draft), List.of()));
    }
}
