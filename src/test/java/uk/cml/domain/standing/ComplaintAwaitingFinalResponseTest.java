package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.written;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;

/**
 * The complaint letter a CMS letter logged on its own (linked to none of the parent's letters) may be about: the
 * latest complaint or review request posted in the complaint the records are at, while no final response is logged
 * and it has not gone to the Independent Case Examiner. The received-letter form asks its two questions of such a
 * letter; answered, Where it stands reads them as for a linked one.
 */
class ComplaintAwaitingFinalResponseTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint about collection", LocalDate.of(2026, 11, 2),
            PostingMethod.FIRST_CLASS);
    static final SentLetter REVIEW = posted(2, "Complaint review request", LocalDate.of(2026, 11, 20),
            PostingMethod.FIRST_CLASS);

    private static ReceivedLetter unlinked(long id, LocalDate on, String summary) {
        return new ReceivedLetter(id, 1, Optional.of(on), on, "CMS", summary, Optional.empty(), Optional.empty());
    }

    @Test
    void theComplaintThenTheReviewRequestWhileNoFinalResponseIsLogged() {
        assertEquals(Optional.empty(), ComplaintPosition.awaitingFinalResponse(List.of(), List.of()));
        assertEquals(Optional.empty(), ComplaintPosition.awaitingFinalResponse(List.of(written(1, "Complaint",
                LocalDate.of(2026, 11, 2))), List.of()), "not posted: the CMS has nothing to answer");
        assertEquals(Optional.of(COMPLAINT), ComplaintPosition.awaitingFinalResponse(List.of(COMPLAINT), List.of()));
        assertEquals(Optional.of(REVIEW), ComplaintPosition.awaitingFinalResponse(List.of(REVIEW, COMPLAINT),
                List.of(unlinked(5, LocalDate.of(2026, 11, 10), "Reply, not upheld"))));
        ReceivedLetter finalResponse = unlinked(6, LocalDate.of(2026, 12, 1), "Letter from a senior manager")
                .saidFinal();
        assertEquals(Optional.empty(), ComplaintPosition.awaitingFinalResponse(List.of(COMPLAINT, REVIEW),
                List.of(finalResponse)));
        assertEquals(Optional.empty(), ComplaintPosition.awaitingFinalResponse(List.of(COMPLAINT, posted(3,
                "Complaint to the Independent Case Examiner", LocalDate.of(2026, 12, 2), PostingMethod.FIRST_CLASS)),
                List.of()), "with ICE: the CMS's part is over");
    }

    @Test
    void anUnlinkedLetterSaidToBeTheFinalResponseStartsTheExaminersSixMonths() {
        ReceivedLetter answer = unlinked(6, LocalDate.of(2026, 12, 1), "Letter from a senior manager").saidFinal();
        ComplaintThread thread = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published())
                .build(List.of(COMPLAINT, REVIEW), List.of(answer));
        assertTrue(thread.deadlines().stream().anyMatch(d -> d.date().equals(LocalDate.of(2027, 6, 1))
                && d.action().equals("Write to the Independent Case Examiner")), thread.deadlines().toString());
    }
}
