package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.written;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Every later stage of a complaint (a senior manager's review, the Independent Case Examiner) overtakes the chase of
 * an earlier letter's reply, on Where things stand and so on the Overview, even when no final response is logged.
 * A complaint posted first class on Monday 2 March 2026 (reply target 26 March), then straight to ICE on 20 April.
 */
class LaterStageOvertakesChaseTest {

    private static final SentLetter COMPLAINT = posted(1, "Complaint about slow collection", d(3, 2),
            PostingMethod.FIRST_CLASS);
    private static final SentLetter REVIEW = posted(2, "Complaint review request to CMS", d(4, 1),
            PostingMethod.FIRST_CLASS);
    private static final SentLetter ICE = posted(3, "Complaint to the Independent Case Examiner", d(4, 20),
            PostingMethod.SIGNED_FOR);
    private static final LocalDate TODAY = d(6, 1);

    private static StandingReport report(List<SentLetter> sent) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), sent, List.of(), List.of(),
                List.of(), TODAY);
    }

    /** A reply target counted from {@code letter} that the page (and the Overview's to-dos) still asks to chase. */
    private static boolean chased(StandingReport report, SentLetter letter) {
        return report.open(TODAY).stream().anyMatch(d -> d.isTarget()
                && d.from() instanceof Deadline.From.Sent s && s.letter().id() == letter.id());
    }

    @Test
    @DisplayName("without an ICE letter, the complaint's late reply is chased")
    void beforeIceTheReplyIsChased() {
        StandingReport report = report(List.of(COMPLAINT));
        assertTrue(chased(report, COMPLAINT));
        assertEquals(Optional.of("chase-reply"), report.complaintNext(TODAY).letter());
    }

    @Test
    @DisplayName("an ICE letter with no final response: the complaint's reply is not chased, ICE is its latest step")
    void iceWithoutFinalResponseOvertakesTheComplaintsChase() {
        StandingReport report = report(List.of(COMPLAINT, ICE));
        assertFalse(chased(report, COMPLAINT), report.open(TODAY).toString());
        assertTrue(report.complaint().deadlines().stream().anyMatch(d -> d.isTarget() && !d.done()
                && d.from() instanceof Deadline.From.Sent s && s.letter().id() == 1), "still a date to watch");
        List<ComplaintStage> stages = report.complaint().stages();
        assertEquals(Step.ICE, stages.get(stages.size() - 1).step(), "the ICE letter is the latest step shown");
        assertEquals(Optional.of(d(4, 20)), stages.get(stages.size() - 1).sent());
        ComplaintThread.NextAction next = report.complaintNext(TODAY);
        assertEquals(Optional.empty(), next.letter(), next.text());
        assertTrue(next.text().contains("Independent Case Examiner on 20 Apr 2026"), next.text());
        assertFalse(report.next(TODAY).letter().equals(Optional.of("chase-reply")), report.next(TODAY).text());
    }

    @Test
    @DisplayName("an ICE letter overtakes the review request's chase too")
    void iceOvertakesTheReviewsChase() {
        StandingReport report = report(List.of(COMPLAINT, REVIEW, ICE));
        assertFalse(chased(report, COMPLAINT));
        assertFalse(chased(report, REVIEW), report.open(TODAY).toString());
        assertEquals(List.of(Step.COMPLAINT, Step.CMS_REPLY, Step.SENIOR_REVIEW, Step.FINAL_RESPONSE, Step.ICE),
                report.complaint().stages().stream().map(ComplaintStage::step).toList());
    }

    @Test
    @DisplayName("an ICE letter made and not posted yet: posting it is what to do, not chasing the complaint")
    void iceMadeNotPostedIsToBePosted() {
        StandingReport report = report(List.of(COMPLAINT, written(3, "Complaint to ICE", d(4, 20))));
        assertFalse(chased(report, COMPLAINT));
        assertTrue(report.complaintNext(TODAY).text().startsWith("From 20 Apr 2026: Post the letter"),
                report.complaintNext(TODAY).text());
    }
}
