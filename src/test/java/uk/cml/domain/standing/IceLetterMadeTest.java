package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.store.SeededFacts;

/**
 * Reviewer (5 Dec 2026): with the letter to the Independent Case Examiner made and not posted, the Overview still
 * said "Write to the Independent Case Examiner ... Write the letter" beside "Post your letter 'Complaint to ICE'",
 * reading as two tasks. The limit is met by posting the letter made, as a decision's reply is: the report names that
 * letter against the ICE limit, so the Overview and Where it stands say to post it, once.
 */
class IceLetterMadeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void anIceLetterMadeIsNamedAgainstTheIceLimit() {
        SentLetter complaint = ComplaintThreadsTest.posted(1, "Complaint about missed and part payments",
                LocalDate.of(2026, 10, 5), uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS);
        ReceivedLetter finalResponse = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(2, 1,
                Optional.of(LocalDate.of(2026, 11, 27)), LocalDate.of(2026, 12, 1), "Child Maintenance Service",
                "Final response to my complaint.", Optional.empty(), Optional.of(1L)));
        SentLetter ice = ComplaintThreadsTest.written(3, "Complaint to the Independent Case Examiner", TODAY);
        StandingReport report = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(ice, complaint), List.of(finalResponse), List.of(), List.of(), TODAY);
        Deadline iceLimit = report.open(TODAY).stream().filter(d -> d.letter().equals(Optional.of("ice-complaint")))
                .findFirst().orElseThrow();
        assertEquals(List.of(new DecisionAnswers.Unclear(3, TODAY, DecisionAnswers.Unclear.Why.NOT_POSTED)),
                report.unclearFor(iceLimit));
        // Where it stands, next on the complaint: post it, with no "Write to the Independent Case Examiner" button.
        ComplaintThread.NextAction next = report.complaintNext(TODAY);
        assertEquals("Complaint to the Independent Case Examiner due: post the letter you made on 5 Dec 2026. Limit "
                + "Thu 27 May 2027: to be safe, post your letter 1st class by Tue 25 May 2027. Then record "
                + "the posting.", next.text());
        assertEquals(Optional.empty(), next.letter());

        // Posted, the limit is met: nothing is named against it.
        SentLetter posted = ComplaintThreadsTest.posted(3, "Complaint to the Independent Case Examiner", TODAY,
                uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS);
        StandingReport after = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(posted, complaint), List.of(finalResponse), List.of(), List.of(), TODAY);
        after.allDeadlines().stream().filter(d -> d.letter().equals(Optional.of("ice-complaint")))
                .forEach(d -> assertEquals(List.of(), after.unclearFor(d)));
    }
}
