package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;
import static uk.cml.domain.standing.ComplaintThreadsTest.written;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/** How far a complaint has gone, read from the letters logged (2026 dates), whatever order they come in. */
class ComplaintPositionTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint to CMS", d(9, 23), PostingMethod.FIRST_CLASS);
    static final SentLetter MORE = posted(2, "Complaint: more about the missed payments", d(10, 5),
            PostingMethod.FIRST_CLASS);
    static final SentLetter REVIEW = posted(3, "Complaint review request to CMS", d(10, 23),
            PostingMethod.FIRST_CLASS);
    static final SentLetter ICE = posted(4, "Complaint to ICE", d(11, 16), PostingMethod.SIGNED_FOR);
    static final ReceivedLetter FINAL = received(10, d(11, 9), "Final response to my complaint", Optional.empty());

    private static ComplaintPosition read(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> shuffled = new ArrayList<>(sent);
        Collections.reverse(shuffled);
        ComplaintPosition position = ComplaintPosition.read(sent, received);
        assertEquals(position, ComplaintPosition.read(shuffled, received), "the same in any order");
        return position;
    }

    @Test
    @DisplayName("no posted complaint letter: no complaint, whatever is written and not posted")
    void noneUntilPosted() {
        ComplaintPosition none = read(List.of(written(1, "Complaint to CMS", d(9, 23))), List.of(FINAL));
        assertFalse(none.made());
        assertEquals(Optional.empty(), none.reached());
        assertEquals(ComplaintPosition.NONE, none);
    }

    @Test
    @DisplayName("a later complaint letter adds to the complaint: the complaint is still the first one's date")
    void laterLettersAddToTheFirst() {
        ComplaintPosition c = read(List.of(MORE, COMPLAINT), List.of());
        assertEquals(Optional.of(Step.COMPLAINT), c.reached());
        assertEquals(Optional.of(d(9, 23)), c.complainedOn());
        assertEquals(Optional.of(Step.COMPLAINT), c.stepOn(d(10, 5)));
    }

    @Test
    @DisplayName("a review request escalates the complaint; it is not a complaint of its own date")
    void escalation() {
        ComplaintPosition c = read(List.of(COMPLAINT, REVIEW), List.of());
        assertEquals(Optional.of(Step.SENIOR_REVIEW), c.reached());
        assertEquals(Optional.of(d(9, 23)), c.complainedOn());
        assertEquals(Optional.of(d(10, 23)), c.sent(Step.SENIOR_REVIEW));
        assertEquals(Optional.of(d(9, 23)), c.firstToTheCms());
    }

    @Test
    @DisplayName("the final response, by the date on it, makes the Independent Case Examiner the next stage")
    void finalResponse() {
        ComplaintPosition c = read(List.of(COMPLAINT, REVIEW), List.of(FINAL,
                received(11, d(10, 30), "Acknowledgement: final response to follow", Optional.empty())));
        assertEquals(Optional.of(Step.FINAL_RESPONSE), c.reached());
        // received() dates its letters two days before they came: 7 November.
        assertEquals(Optional.of(d(11, 7)), c.finalResponse());
        assertEquals(Optional.of(d(9, 23)), c.complainedOn());
    }

    @Test
    @DisplayName("a letter to ICE: the complaint is with ICE, still the complaint of its first date")
    void withIce() {
        ComplaintPosition c = read(List.of(ICE, REVIEW, COMPLAINT), List.of(FINAL));
        assertEquals(Optional.of(Step.ICE), c.reached());
        assertEquals(Optional.of(d(11, 16)), c.sent(Step.ICE));
        assertEquals(Optional.of(Step.ICE), c.stepOn(d(11, 16)));
        assertEquals(Optional.of(d(9, 23)), c.firstToTheCms(), "the ICE letter did not go to the CMS");
    }

    @Test
    @DisplayName("a complaint letter written after the final response starts a new complaint")
    void newComplaintAfterTheFinalResponse() {
        SentLetter old = posted(5, "Complaint to CMS", d(3, 2), PostingMethod.FIRST_CLASS);
        ReceivedLetter oldFinal = received(12, d(5, 11), "Final response", Optional.empty());
        ComplaintPosition c = read(List.of(old, COMPLAINT), List.of(oldFinal));
        assertEquals(Optional.of(Step.COMPLAINT), c.reached());
        assertEquals(Optional.of(d(9, 23)), c.complainedOn());
        assertEquals(Optional.empty(), c.finalResponse(), "the old final response is not this complaint's");
        assertEquals(Optional.of(Step.FINAL_RESPONSE), read(List.of(old), List.of(oldFinal)).reached());
    }

    @Test
    @DisplayName("a complaint letter written after the ICE letter starts a new complaint too")
    void newComplaintAfterIce() {
        SentLetter next = posted(6, "Complaint to CMS", d(11, 20), PostingMethod.FIRST_CLASS);
        ComplaintPosition c = read(List.of(COMPLAINT, ICE, next), List.of());
        assertEquals(Optional.of(Step.COMPLAINT), c.reached());
        assertEquals(Optional.of(d(11, 20)), c.complainedOn());
    }

    @Test
    @DisplayName("only a review request in the records: a complaint was made, its date is not known")
    void escalationWithoutItsComplaint() {
        ComplaintPosition c = read(List.of(REVIEW), List.of());
        assertEquals(Optional.of(Step.SENIOR_REVIEW), c.reached());
        assertEquals(Optional.empty(), c.complainedOn());
        assertEquals(Optional.of(d(10, 23)), c.firstToTheCms());
    }

    @Test
    @DisplayName("a complaint letter is passed once a review request is made after it, posted or not")
    void passedOnceTheReviewIsAskedFor() {
        assertEquals(Set.of(), ComplaintPosition.passed(List.of(COMPLAINT, MORE), List.of()),
                "a letter adding to the complaint is the same step: both replies are still chased");
        SentLetter reviewMade = written(3, "Complaint review request to CMS", d(10, 23));
        assertEquals(Set.of(1L, 2L), ComplaintPosition.passed(List.of(reviewMade, COMPLAINT, MORE), List.of()));
        assertEquals(Set.of(1L, 2L), ComplaintPosition.passed(List.of(COMPLAINT, MORE, REVIEW), List.of()),
                "the review request's own reply is still chased");
    }

    @Test
    @DisplayName("the final response answers every letter before it; the ICE letter is never passed")
    void passedByTheFinalResponseAndIce() {
        assertEquals(Set.of(1L, 3L), ComplaintPosition.passed(List.of(COMPLAINT, REVIEW), List.of(FINAL)));
        assertEquals(Set.of(1L, 3L), ComplaintPosition.passed(List.of(ICE, REVIEW, COMPLAINT), List.of(FINAL)));
        assertEquals(Set.of(1L, 3L), ComplaintPosition.passed(List.of(COMPLAINT, REVIEW, ICE), List.of()),
                "a complaint sent to ICE is gone beyond the CMS's replies");
    }

    @Test
    @DisplayName("the letters of an earlier complaint are passed, the new complaint's letter is not")
    void earlierComplaintPassed() {
        SentLetter old = posted(5, "Complaint to CMS", d(3, 2), PostingMethod.FIRST_CLASS);
        ReceivedLetter oldFinal = received(12, d(5, 11), "Final response", Optional.empty());
        assertEquals(Set.of(5L), ComplaintPosition.passed(List.of(old, COMPLAINT), List.of(oldFinal)));
    }

    @Test
    @DisplayName("a letter that is not a complaint letter is never passed")
    void plainLetterNeverPassed() {
        SentLetter plain = new SentLetter(7, 1, d(9, 1), Optional.of(d(9, 1)), COMPLAINT.to(),
                "Missed payments", LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        assertEquals(Set.of(1L, 3L), ComplaintPosition.passed(List.of(plain, COMPLAINT, REVIEW), List.of(FINAL)));
        assertEquals(Set.of(), ComplaintPosition.passed(List.of(plain), List.of(FINAL)));
    }

    @Test
    @DisplayName("why each letter is passed: the reply logged, the final response, or the later step made after it")
    void whyEachLetterIsPassed() {
        ReceivedLetter reply = received(11, d(10, 14), "Reply to my complaint: they will look again", Optional.of(1L));
        assertEquals(java.util.Map.of(1L, new ComplaintPosition.Beyond.Replied(d(10, 12)),
                        2L, new ComplaintPosition.Beyond.MovedOn(Step.SENIOR_REVIEW)),
                ComplaintPosition.beyond(List.of(COMPLAINT, MORE, REVIEW), List.of(reply)));
        assertEquals(java.util.Map.of(1L, new ComplaintPosition.Beyond.MovedOn(Step.ICE)),
                ComplaintPosition.beyond(List.of(COMPLAINT, ICE), List.of()), "ICE with no final response");
        assertEquals(java.util.Map.of(1L, new ComplaintPosition.Beyond.FinalResponse(d(11, 7)),
                        3L, new ComplaintPosition.Beyond.FinalResponse(d(11, 7))),
                ComplaintPosition.beyond(List.of(COMPLAINT, REVIEW, ICE),
                        List.of(received(10, d(11, 9), "Final response", Optional.empty()))));
    }

    @Test
    @DisplayName("a reply to the complaint logged (not linked, but about the complaint) passes it, as the page reads it")
    void passedByTheReplyLogged() {
        assertEquals(Set.of(1L), ComplaintPosition.passed(List.of(COMPLAINT),
                List.of(received(11, d(10, 14), "Reply to my complaint", Optional.empty()))));
        assertEquals(Set.of(), ComplaintPosition.passed(List.of(COMPLAINT),
                List.of(received(11, d(10, 14), "Acknowledgement of my complaint", Optional.empty()))),
                "an acknowledgement is no reply");
    }
}
