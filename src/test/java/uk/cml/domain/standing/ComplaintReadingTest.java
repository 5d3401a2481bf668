package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Which letter is the final response, and which complaint letter is which step: each read from the record, never
 * from the order the store hands the letters over in. Dates on the England and Wales calendar of 2026.
 */
class ComplaintReadingTest {

    final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    static final SentLetter COMPLAINT = posted(1, "Complaint about collection", d(3, 2), PostingMethod.FIRST_CLASS);
    static final ReceivedLetter REPLY = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(10, 1, Optional.of(d(3, 20)), d(3, 23), "CMS",
            "Reply to my complaint", Optional.empty(), Optional.of(1L)));
    static final ReceivedLetter FINAL = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(11, 1, Optional.of(d(5, 8)), d(5, 11), "CMS",
            "Final response to my complaint", Optional.of(5L), Optional.empty()));
    static final ReceivedLetter STANDS = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(12, 1, Optional.of(d(9, 18)), d(9, 21), "CMS",
            "Says their final response of May stands", Optional.of(6L), Optional.empty()));

    private static Deadline iceDeadline(ComplaintThread thread) {
        return thread.deadlines().stream().filter(d -> d.letter().equals(Optional.of("ice-complaint"))).findFirst()
                .orElseThrow(() -> new AssertionError("no ICE deadline: " + thread.deadlines()));
    }

    private static boolean hasIceDeadline(ComplaintThread thread) {
        return thread.deadlines().stream().anyMatch(d -> d.letter().equals(Optional.of("ice-complaint")));
    }

    @Test
    @DisplayName("ICE's 6 months run from the first final response, not a later letter that mentions it")
    void iceCountsFromTheEarliestFinalResponseInAnyOrder() {
        List<ReceivedLetter> newestFirst = List.of(STANDS, FINAL, REPLY);
        List<ReceivedLetter> oldestFirst = List.of(REPLY, FINAL, STANDS);
        List<ReceivedLetter> shuffled = new ArrayList<>(List.of(FINAL, STANDS, REPLY));
        Collections.rotate(shuffled, 1);
        for (List<ReceivedLetter> order : List.of(newestFirst, oldestFirst, shuffled)) {
            ComplaintThread thread = threads.build(List.of(COMPLAINT), order);
            Deadline ice = iceDeadline(thread);
            // 6 months from Friday 8 May 2026 is Sunday 8 November: act by Friday 6 November.
            assertEquals(LocalDate.of(2026, 11, 8), ice.due().counted(), order.toString());
            assertEquals(LocalDate.of(2026, 11, 6), ice.date(), order.toString());
            // The ICE letter's "final response" date is filled from this record (LetterStarts.answered).
            assertEquals(FINAL, ((Deadline.From.Answer) ice.from()).answer());
            assertEquals(Optional.of(d(5, 8)), thread.stage(Step.FINAL_RESPONSE).orElseThrow().sent());
            assertEquals(Optional.of(LocalDate.of(2027, 5, 7)),
                    thread.stage(Step.MP_OMBUDSMAN).orElseThrow().replyDue(), "12 months, also from 8 May");
        }
    }

    @Test
    @DisplayName("Two letters linked as the answer: the earlier is the answer, whatever the order")
    void theEarliestLinkedLetterIsTheReply() {
        ReceivedLetter later = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(13, 1, Optional.of(d(4, 1)), d(4, 3), "CMS", "More on it",
                Optional.empty(), Optional.of(1L)));
        for (List<ReceivedLetter> order : List.of(List.of(later, REPLY), List.of(REPLY, later))) {
            ComplaintThread thread = threads.build(List.of(COMPLAINT), order);
            assertEquals(Optional.of(d(3, 23)), thread.stage(Step.CMS_REPLY).orElseThrow().replyReceived());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Letter", "They will send their final response in 15 days",
        "Not their final response yet"})
    @DisplayName("An answer to the review that is not the final response starts no time for ICE (an acknowledgement: "
            + "ComplaintAcknowledgementTest)")
    void aLinkedAnswerThatIsNotTheFinalResponse(String summary) {
        SentLetter review = posted(2, "Request for a senior manager's review", d(3, 30), PostingMethod.FIRST_CLASS);
        ReceivedLetter answer = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(4, 8)), d(4, 10), "CMS", summary,
                Optional.empty(), Optional.of(2L)));
        ComplaintThread thread = threads.build(List.of(COMPLAINT, review), List.of(answer, REPLY));
        assertFalse(hasIceDeadline(thread), thread.deadlines().toString());
        assertEquals(ComplaintStage.empty(Step.FINAL_RESPONSE), thread.stage(Step.FINAL_RESPONSE).orElseThrow());
        assertFalse(thread.stage(Step.MP_OMBUDSMAN).isPresent());
        // The review's answer still shows as its reply, so the reply is not chased.
        assertEquals(Optional.of(d(4, 10)), thread.stage(Step.SENIOR_REVIEW).orElseThrow().replyReceived());
        assertTrue(thread.deadlines().stream().allMatch(Deadline::done), thread.deadlines().toString());
        assertTrue(thread.next().text().startsWith("A letter about your review request came on 10 Apr 2026."),
                thread.next().text());
        assertTrue(thread.next().text().contains("answer Yes to \"Does this letter say it is the CMS's final response "
                + "to your complaint?\""), thread.next().text());
        assertEquals(Optional.empty(), thread.next().letter());
    }

    @Test
    @DisplayName("An answer to the review said to be the final response starts ICE's time from its date")
    void aLinkedFinalResponse() {
        SentLetter review = posted(2, "Request for a senior manager's review", d(3, 30), PostingMethod.FIRST_CLASS);
        ReceivedLetter answer = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(4, 20)), d(4, 22), "CMS",
                "Final response to my review request", Optional.of(7L), Optional.of(2L)));
        ComplaintThread thread = threads.build(List.of(COMPLAINT, review), List.of(answer, REPLY));
        assertEquals(LocalDate.of(2026, 10, 20), iceDeadline(thread).date());
        assertEquals(Optional.of(d(4, 22)), thread.stage(Step.SENIOR_REVIEW).orElseThrow().replyReceived());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Final response: they acknowledge the mistake and will send a consolatory payment",
        "Final response to my complaint, awaiting the payment they offer", "FINAL RESPONSE - not upheld"})
    @DisplayName("A final response that mentions acknowledging, sending or awaiting something is still one")
    void finalResponsesInTheParentsWords(String summary) {
        ReceivedLetter answer = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(4, 20)), d(4, 22), "CMS", summary,
                Optional.of(7L), Optional.empty()));
        assertTrue(ComplaintReading.isFinalResponse(answer), summary);
        assertEquals(LocalDate.of(2026, 10, 20), iceDeadline(threads.build(List.of(COMPLAINT), List.of(answer, REPLY)))
                .date(), summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Complaint: the CMS failed to review my arrears", "Complaint about the annual review",
        "Complaint: my change of circumstances was not reviewed", "Complaint about an arrears notice",
        "Complaint about the service"})
    @DisplayName("A first complaint that mentions a review, or has 'ice' inside a word, is still the complaint")
    void aFirstComplaintMentioningAReview(String subject) {
        SentLetter complaint = posted(1, subject, d(3, 2), PostingMethod.FIRST_CLASS);
        ComplaintThread thread = threads.build(List.of(complaint), List.of());
        assertEquals(Optional.of(d(3, 2)), thread.stage(Step.COMPLAINT).orElseThrow().sent(), subject);
        assertFalse(thread.stage(Step.SENIOR_REVIEW).isPresent(), subject);
        assertFalse(thread.stage(Step.ICE).isPresent(), subject);
        assertEquals(Optional.of(Step.COMPLAINT), ComplaintReading.stepOf(complaint), subject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Complaint review request to CMS", "Request for a senior manager's review",
        "Please review my complaint", "Review of my complaint of 2 March", "Stage 2 complaint",
        "Escalating my complaint"})
    @DisplayName("A review request, as the app titles it or in the parent's words, is the senior manager's review")
    void reviewRequests(String subject) {
        SentLetter review = posted(2, subject, d(3, 30), PostingMethod.FIRST_CLASS);
        ComplaintThread thread = threads.build(List.of(COMPLAINT, review), List.of(REPLY));
        assertEquals(Optional.of(d(3, 30)), thread.stage(Step.SENIOR_REVIEW).orElseThrow().sent(), subject);
    }

    @Test
    void theIceLetterIsReadAsIce() {
        assertEquals(Optional.of(Step.ICE), ComplaintReading.stepOf(posted(3, "Complaint to ICE", d(5, 1),
                PostingMethod.FIRST_CLASS)));
        assertEquals(Optional.of(Step.ICE), ComplaintReading.stepOf(posted(3, "To the Independent Case Examiner",
                d(5, 1), PostingMethod.FIRST_CLASS)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" answering {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Final response to my complaint                   | ''            | ICE",
        "Passed to a senior caseworker                    | COMPLAINT     | NO_LETTER",
        "Complaint: a senior manager will reply           | ''            | NO_LETTER",
        "Senior manager's answer to my complaint          | ''            | NO_LETTER",
        "Thank you for your letter                        | SENIOR_REVIEW | NO_LETTER",
        "Final response to my review request              | SENIOR_REVIEW | ICE",
        "Final response                                   | ICE           | NO_LETTER",
        "Answer to my complaint: not upheld               | ''            | SENIOR_REVIEW",
        "Thank you for your letter                        | COMPLAINT     | SENIOR_REVIEW",
        "Passed to a senior caseworker about the arrears  | ''            | NOT_ABOUT_A_COMPLAINT"})
    @DisplayName("The letter that answers a CMS letter: ICE only after the final response, never for a mention"
            + " of someone senior")
    void replyTo(String summary, String answers, ComplaintReply reply) {
        ReceivedLetter letter = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(30, 1, Optional.of(d(4, 8)), d(4, 10), "CMS", summary,
                Optional.empty(), Optional.empty()));
        assertEquals(reply, ComplaintThreads.replyTo(letter, answers.isEmpty() ? Optional.empty()
                : Optional.of(Step.valueOf(answers))));
    }
}
