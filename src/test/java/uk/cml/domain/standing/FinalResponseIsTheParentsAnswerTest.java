package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * The reviewer's case: a complaint posted 5 Dec 2026, and a CMS letter logged as "A reply to" it with the summary
 * "Complaint acknowledged. Final response: no action needed". The phrase in the parent's own words made that one
 * letter both the CMS's reply and its final response, ruled out the senior manager's review and started ICE's 6
 * months; rewording the summary undid it all. Now only the parent's answer to "Does this letter say it is the CMS's
 * final response to your complaint?" does.
 */
class FinalResponseIsTheParentsAnswerTest {

    static final LocalDate POSTED = LocalDate.of(2026, 12, 5);
    static final SentLetter COMPLAINT = new SentLetter(1, 1, POSTED, Optional.of(POSTED), new Recipient(
            Optional.empty(), "Child Maintenance Service 21", ""), "COMPLAINT", LetterKind.COMPLAINT,
            Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
            Optional.empty());
    final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    static ReceivedLetter reply(String summary, Optional<FinalResponseAnswer> answer) {
        return new ReceivedLetter(2, 1, Optional.of(LocalDate.of(2026, 12, 9)), LocalDate.of(2026, 12, 11),
                "Child Maintenance Service", summary, Optional.empty(), Optional.of(1L), answer);
    }

    @Test
    void theSummarysWordsNoLongerMakeAFinalResponse() {
        for (Optional<FinalResponseAnswer> answer : List.of(Optional.<FinalResponseAnswer>empty(),
                Optional.of(FinalResponseAnswer.NO), Optional.of(FinalResponseAnswer.NOT_SURE))) {
            ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(reply(
                    "Complaint acknowledged. Final response: no action needed", answer)));
            assertEquals(Optional.of(LocalDate.of(2026, 12, 11)),
                    thread.stage(Step.CMS_REPLY).orElseThrow().replyReceived(), "the CMS's reply");
            assertEquals(ComplaintStage.empty(Step.FINAL_RESPONSE), thread.stage(Step.FINAL_RESPONSE).orElseThrow(),
                    "not a final response: " + answer);
            assertTrue(thread.stage(Step.MP_OMBUDSMAN).isEmpty(), "no MP date: " + answer);
            assertEquals(Optional.of("senior-review"), thread.next().letter(), "a review is the next step: " + answer);
        }
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintThreads.replyTo(reply(
                "Complaint acknowledged. Final response: no action needed", Optional.of(FinalResponseAnswer.NO)),
                Optional.of(Step.COMPLAINT)), "answered No: a reply, whatever its words");
    }

    @Test
    void theParentsYesMakesItTheFinalResponseWhateverTheSummarySays() {
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(reply("Letter about my complaint",
                Optional.of(FinalResponseAnswer.YES))));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)),
                thread.stage(Step.FINAL_RESPONSE).orElseThrow().replyReceived());
        assertTrue(thread.deadlines().stream().anyMatch(d -> d.letter().equals(Optional.of("ice-complaint"))));
        assertFalse(thread.next().letter().equals(Optional.of("senior-review")));
        assertEquals(ComplaintReply.ICE, ComplaintThreads.replyTo(reply("Letter about my complaint",
                Optional.of(FinalResponseAnswer.YES)), Optional.of(Step.COMPLAINT)));
    }
}
