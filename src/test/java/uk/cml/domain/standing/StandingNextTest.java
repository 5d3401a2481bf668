package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;

/**
 * "What to do next" on the Where it stands page is the earliest limit the parent must meet, whatever it belongs
 * to: a complaint's review request has no published time limit, so it must not hide a write-off reply or a
 * mandatory reconsideration that has one. Dates worked by hand on the England and Wales calendar.
 */
class StandingNextTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final SentLetter COMPLAINT = posted(1, "Complaint about collection", LocalDate.of(2026, 10, 23),
            PostingMethod.FIRST_CLASS);
    static final ReceivedLetter REPLY = received(20, LocalDate.of(2026, 11, 24), "Reply to my complaint",
            Optional.of(1L));

    /** A letter the parent wrote to the CMS, not yet posted. */
    private static SentLetter written(long id, LocalDate on, String subject, LetterKind kind) {
        return new SentLetter(id, 1, on, Optional.empty(), new Recipient(Optional.empty(), "CMS", ""), subject, kind,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A letter the parent wrote to the CMS and posted first class the same day. */
    private static SentLetter sent(long id, LocalDate on, String subject, LetterKind kind) {
        SentLetter l = written(id, on, subject, kind);
        return new SentLetter(l.id(), l.caseId(), on, Optional.of(on), l.to(), subject, kind, l.copyDocumentId(),
                Optional.of(PostingMethod.FIRST_CLASS), l.proof(), "", l.replyBy(), l.inReplyTo(), l.trackedDelivery(),
                l.printedReplyBy(), l.answersDecision());
    }

    private static StandingReport report(List<Decision> decisions, List<EnforcementRecord> steps) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(COMPLAINT),
                List.of(REPLY), decisions, steps, TODAY);
    }

    @Test
    void aDecisionsLimitComesBeforeTheComplaintsUndatedStep() {
        // Write-off letter of Friday 20 November: 30 days is Sunday 20 December, so act by Friday 18 December.
        // Calculation decision of 17 November: one calendar month is Thursday 17 December.
        Decision writeOff = new Decision(1, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "",
                Optional.empty());
        Decision calculation = new Decision(2, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 17), "",
                Optional.empty());
        ComplaintThread.NextAction next = report(List.of(writeOff, calculation), List.of()).next(TODAY);
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Thu 17 Dec 2026: to be safe, post your letter 1st class by Tue 15 "
                + "Dec 2026.", next.text());
        assertEquals(Optional.of("mandatory-reconsideration"), next.letter());
        next = report(List.of(writeOff), List.of()).next(TODAY);
        assertEquals("Write the reply about the write-off. Limit Sun 20 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 16 Dec 2026.", next.text());
        assertEquals(Optional.of("write-off-reply"), next.letter());
    }

    @Test
    void withNothingDatedOpenTheComplaintsOwnStepShows() {
        ComplaintThread.NextAction next = report(List.of(), List.of()).next(TODAY);
        assertEquals(Optional.of("senior-review"), next.letter());
        assertEquals(report(List.of(), List.of()).complaint().next(), next);
    }

    @Test
    void aLimitStillAheadComesBeforeOneAlreadyPassed() {
        // A calculation decision of 1 September: its month ran out on 1 October, still open but passed.
        Decision old = new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 9, 1), "", Optional.empty());
        // A calculation decision of 17 November: one calendar month is Thursday 17 December, still ahead.
        Decision recent = new Decision(2, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 17), "",
                Optional.empty());
        ComplaintThread.NextAction next = report(List.of(old, recent), List.of()).next(TODAY);
        assertEquals(Optional.of("mandatory-reconsideration"), next.letter());
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Thu 17 Dec 2026: to be safe, post your letter 1st class by Tue 15 "
                + "Dec 2026.", next.text());
        // With nothing ahead, a passed mandatory reconsideration heads the page while a late request can still be
        // made (13 months from the decision), said as passed: before the complaint's own step, which has no limit.
        StandingReport passed = report(List.of(old), List.of());
        assertEquals(Optional.of("mandatory-reconsideration"), passed.next(TODAY).letter());
        assertEquals("The limit to ask for a mandatory reconsideration was 1 Oct 2026, and it has passed. If you think "
                + "the decision is wrong, you can still ask: the CMS may accept a late request, up to 13 months after "
                + "the decision, if you say why it is late.", passed.next(TODAY).text());
        assertEquals(1, passed.open().size(), "still listed: " + passed.open());
        // It does not head the page for ever: 13 months on, the complaint's own step does (it stays in the dates
        // to watch).
        LocalDate yearOn = LocalDate.of(2027, 10, 2);
        assertEquals(passed.complaint().next(), passed.next(yearOn));
        assertEquals(Optional.of("senior-review"), passed.next(yearOn).letter());
    }

    @Test
    void aReconsiderationRequestLoggedMeetsItsLimit() {
        Decision writeOff = new Decision(1, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "",
                Optional.empty());
        Decision calculation = new Decision(2, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 17), "",
                Optional.empty());
        SentLetter asked = sent(7, LocalDate.of(2026, 11, 25), "Mandatory reconsideration request to CMS",
                LetterKind.RECONSIDERATION_REQUEST);
        // Written but not posted, the request meets nothing yet: the CMS does not have it.
        SentLetter notPosted = written(7, LocalDate.of(2026, 11, 25), "Mandatory reconsideration request to CMS",
                LetterKind.RECONSIDERATION_REQUEST);
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Thu 17 Dec 2026: to be safe, post your letter 1st class by Tue 15 "
                + "Dec 2026.", StandingReport.build(
                SeededFacts.calendar(), SeededFacts.published(), List.of(COMPLAINT, notPosted), List.of(REPLY),
                List.of(writeOff, calculation), List.of(), TODAY).next(TODAY).text());
        StandingReport report = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(COMPLAINT, asked), List.of(REPLY), List.of(writeOff, calculation), List.of(), TODAY);
        assertEquals("Write the reply about the write-off. Limit Sun 20 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 16 Dec 2026.", report.next(TODAY).text());
        assertTrue(report.allDeadlines().stream().anyMatch(d -> d.what().equals("Ask for a mandatory reconsideration")
                && d.done()), report.allDeadlines().toString());
        // A request written before the decision letter's date is about something else.
        SentLetter earlier = written(8, LocalDate.of(2026, 11, 10), "Mandatory reconsideration request to CMS",
                LetterKind.RECONSIDERATION_REQUEST);
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a "
                + "mandatory reconsideration). Limit Thu 17 Dec 2026: to be safe, post your letter 1st class by Tue 15 "
                + "Dec 2026.", StandingReport.build(
                SeededFacts.calendar(), SeededFacts.published(), List.of(COMPLAINT, earlier), List.of(REPLY),
                List.of(writeOff, calculation), List.of(), TODAY).next(TODAY).text());
    }

    @Test
    void aReplyToTheWriteOffLoggedMeetsItsLimit() {
        Decision writeOff = new Decision(1, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "",
                Optional.empty());
        SentLetter reply = sent(9, LocalDate.of(2026, 11, 30), "Reply to CMS about writing off arrears",
                LetterKind.WRITE_OFF_REPLY);
        StandingReport report = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(COMPLAINT, reply), List.of(REPLY), List.of(writeOff), List.of(), TODAY);
        assertTrue(report.open().isEmpty(), report.open().toString());
        assertEquals(Optional.of("senior-review"), report.next(TODAY).letter());
    }
}
