package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * A complaint's dates worked by hand on the England and Wales calendar of 2026 (Good Friday 3 April, Easter Monday
 * 6 April, early May bank holiday 4 May, spring bank holiday 25 May).
 */
class ComplaintThreadsTest {

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static final SentLetter COMPLAINT = posted(1, "Complaint about slow collection", d(3, 2), PostingMethod.FIRST_CLASS);

    final ComplaintThreads threads = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published());

    static SentLetter posted(long id, String subject, LocalDate on, PostingMethod method) {
        return new SentLetter(id, 1, on, Optional.of(on), new Recipient(Optional.empty(), "CMS", ""), subject,
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(method), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    static SentLetter written(long id, String subject, LocalDate on) {
        return new SentLetter(id, 1, on, Optional.empty(), new Recipient(Optional.empty(), "CMS", ""), subject,
                LetterKind.COMPLAINT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    static ReceivedLetter received(long id, LocalDate on, String summary, Optional<Long> inReplyTo) {
        return uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(id, 1, Optional.of(on.minusDays(2)), on, "CMS", summary, Optional.empty(),
                inReplyTo));
    }

    @Test
    void withNoComplaintTheNextThingIsToWriteOne() {
        SentLetter other = new SentLetter(9, 1, d(3, 2), Optional.empty(), new Recipient(Optional.empty(), "", ""),
                "Complaint", LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty());
        ComplaintThread thread = threads.build(List.of(other), List.of());
        assertTrue(thread.stages().isEmpty());
        assertTrue(thread.deadlines().isEmpty());
        assertEquals(Optional.of("collection-complaint"), thread.next().letter());
        assertEquals("Write a complaint", thread.next().buttonText());
    }

    /**
     * The reviewer's case: a complaint and its reply, then a request for a senior manager's review dated and posted
     * 1st class on Saturday 5 Dec 2026. It counts as delivered on Tuesday 8 Dec, and the letter printed "Acknowledge
     * this request by 10 Dec 2026" (2 working days on). The review's stage and its dates carry that same target, so
     * the pack's table and the Timeline show it; an acknowledgement linked to the review meets it.
     */
    @Test
    void aReviewRequestHasTheSameTargetToAcknowledgeAsItsLetterPrinted() {
        SentLetter complaint = posted(1, "Complaint about collection", LocalDate.of(2026, 11, 2),
                PostingMethod.FIRST_CLASS);
        ReceivedLetter reply = received(2, LocalDate.of(2026, 11, 20), "Reply to my complaint: not upheld",
                Optional.of(1L));
        SentLetter review = posted(3, "Complaint review request", LocalDate.of(2026, 12, 5),
                PostingMethod.FIRST_CLASS);
        ComplaintThread thread = threads.build(List.of(complaint, review), List.of(reply));
        ComplaintStage stage = thread.stage(Step.SENIOR_REVIEW).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 8)), stage.delivered());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), stage.acknowledgeDue());
        Deadline ack = thread.deadlines().stream().filter(d -> d.date().equals(LocalDate.of(2026, 12, 10)))
                .findFirst().orElseThrow();
        assertEquals("CMS target to acknowledge your review request", ack.what());
        assertTrue(ack.isTarget());
        assertFalse(ack.done());

        ReceivedLetter acknowledged = received(4, LocalDate.of(2026, 12, 9), "Acknowledgement of my review request",
                Optional.of(3L));
        Deadline met = threads.build(List.of(complaint, review), List.of(reply, acknowledged)).deadlines().stream()
                .filter(d -> d.what().equals("CMS target to acknowledge your review request")).findFirst()
                .orElseThrow();
        assertTrue(met.done());
    }

    @Test
    void aPostedComplaintIsAcknowledgedInTwoWorkingDaysAndAnsweredInFifteen() {
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of());
        ComplaintStage stage = thread.stage(Step.COMPLAINT).orElseThrow();
        // Posted 1st class on Monday 2 March: delivered Wednesday 4 March.
        assertEquals(Optional.of(d(3, 2)), stage.sent());
        assertEquals(Optional.of(d(3, 4)), stage.delivered());
        assertEquals(Optional.of(d(3, 6)), stage.acknowledgeDue());
        assertEquals(Optional.of(d(3, 25)), stage.replyDue());
        assertEquals(Optional.empty(), stage.replyReceived());
        assertEquals(List.of(Step.COMPLAINT, Step.CMS_REPLY, Step.FINAL_RESPONSE),
                thread.stages().stream().map(ComplaintStage::step).toList());
        assertEquals(ComplaintStage.empty(Step.CMS_REPLY), thread.stage(Step.CMS_REPLY).orElseThrow());
        assertEquals(List.of(d(3, 6), d(3, 25)), thread.deadlines().stream().map(Deadline::date).toList());
        assertEquals("CMS target to reply to your complaint", thread.deadlines().get(1).what());
        assertEquals(Optional.of("chase-reply"), thread.deadlines().get(1).letter());
        assertFalse(thread.deadlines().get(1).done());
        assertEquals("CMS target to acknowledge your complaint: 6 Mar 2026.", thread.next().text());
        assertEquals("Phone the CMS if no acknowledgement has come", thread.next().buttonText());
        assertEquals(Optional.of(Step.COMPLAINT), ComplaintReading.stepOf(COMPLAINT));
    }

    @Test
    void theReplyIsTheFirstLetterMentioningTheComplaintAfterItWasPosted() {
        ReceivedLetter before = received(20, d(3, 1), "Your complaint form", Optional.empty());
        ReceivedLetter unrelated = received(21, d(3, 10), "Annual review", Optional.empty());
        ReceivedLetter later = received(22, d(3, 24), "More about your complaint", Optional.empty());
        ReceivedLetter reply = received(23, d(3, 23), "About your complaint", Optional.empty());
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(before, unrelated, later, reply));
        assertEquals(Optional.of(d(3, 23)), thread.stage(Step.COMPLAINT).orElseThrow().replyReceived());
        ComplaintStage cmsReply = thread.stage(Step.CMS_REPLY).orElseThrow();
        assertEquals(Optional.of(d(3, 21)), cmsReply.sent());
        assertEquals(Optional.of(d(3, 23)), cmsReply.replyReceived());
        // Acknowledgement and reply are met. Asking for a senior manager's review has no published time limit, so
        // it is the next step with no date: nothing here can say the parent is late for it.
        assertEquals(List.of(true, true), thread.deadlines().stream().map(Deadline::done).toList());
        assertTrue(thread.deadlines().stream().noneMatch(d -> d.letter().equals(Optional.of("senior-review"))));
        assertEquals("If the CMS's reply does not settle your complaint, ask for a senior manager's review. No time "
                + "limit is published for this step.", thread.next().text());
        assertEquals(Optional.of("senior-review"), thread.next().letter());
        assertEquals("Write the review request", thread.next().buttonText());
        StandingReport report = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(COMPLAINT), List.of(before, unrelated, later, reply), List.of(), List.of(), d(11, 24));
        assertEquals(List.of(), report.open(), "nothing open for the Overview, the timeline or the calendar file");
    }

    /**
     * Reply target Wednesday 25 March; the reply is dated 6 April (it arrived on the 8th): the date was not met, and
     * the page says so rather than only "done", as the parent may put it in a request for a senior manager's review.
     */
    @Test
    void aReplyDatedAfterTheTargetSaysTheTargetWasNotMet() {
        ReceivedLetter late = received(23, d(4, 8), "About your complaint", Optional.of(1L));
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(late));
        Deadline reply = thread.deadlines().stream().filter(dl -> dl.date().equals(d(3, 25))).findFirst()
                .orElseThrow();
        assertEquals("CMS target to reply to your complaint: not met, the reply is dated 6 Apr 2026", reply.what());
        assertTrue(reply.done());
        ReceivedLetter onTime = received(24, d(3, 24), "About your complaint", Optional.of(1L));
        assertEquals("CMS target to reply to your complaint", threads.build(List.of(COMPLAINT), List.of(onTime))
                .deadlines().stream().filter(dl -> dl.date().equals(d(3, 25))).findFirst().orElseThrow().what());
    }

    /**
     * Reviewer 4: the complaint posted 1st class on Mon 5 Oct 2026 counts as delivered Wed 7 Oct; the CMS's targets
     * are to acknowledge it by Fri 9 Oct and reply by Wed 28 Oct. Nothing answered it until the final response dated
     * 27 Nov (came 1 Dec). The page said "9 Oct 2026 CMS target to acknowledge your complaint (done)": an answer after
     * the target does not meet it. Said not met, with the date on the first answer, as the reply target says it.
     */
    @Test
    void anAcknowledgeTargetAnsweredOnlyLaterIsNotMet() {
        SentLetter complaint = posted(1, "Complaint about missed and part payments", d(10, 5),
                PostingMethod.FIRST_CLASS);
        ReceivedLetter finalResponse = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(2, 1,
                Optional.of(d(11, 27)), d(12, 1), "Child Maintenance Service", "Final response to my complaint.",
                Optional.empty(), Optional.of(1L)));
        List<Deadline> deadlines = threads.build(List.of(complaint), List.of(finalResponse)).deadlines();
        Deadline ack = deadlines.stream().filter(dl -> dl.date().equals(d(10, 9))).findFirst().orElseThrow();
        assertEquals("CMS target to acknowledge your complaint: not met, the first answer is dated 27 Nov 2026",
                ack.what());
        assertTrue(ack.done(), "nothing left to chase");
        assertTrue(ack.late());
        assertFalse(ack.metInTime(), "never shown as done");
        Deadline reply = deadlines.stream().filter(dl -> dl.date().equals(d(10, 28))).findFirst().orElseThrow();
        assertEquals("CMS target to reply to your complaint: not met, the reply is dated 27 Nov 2026", reply.what());
        assertFalse(reply.metInTime());

        // An acknowledgement dated in time meets it, though the reply came late.
        ReceivedLetter acknowledged = received(3, d(10, 10), "Acknowledgement of my complaint", Optional.empty());
        Deadline met = threads.build(List.of(complaint), List.of(acknowledged, finalResponse)).deadlines().stream()
                .filter(dl -> dl.date().equals(d(10, 9))).findFirst().orElseThrow();
        assertEquals("CMS target to acknowledge your complaint", met.what());
        assertTrue(met.metInTime());
    }

    @Test
    void aLinkedReplyCountsWhateverItSays() {
        ReceivedLetter mentions = received(20, d(3, 12), "complaint leaflet", Optional.empty());
        ReceivedLetter linked = received(21, d(3, 20), "Letter", Optional.of(1L));
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(mentions, linked));
        assertEquals(Optional.of(d(3, 20)), thread.stage(Step.CMS_REPLY).orElseThrow().replyReceived());
    }

    @Test
    void anUnpostedLetterIsToBePosted() {
        SentLetter draft = written(1, "Complaint", d(3, 2));
        ComplaintThread thread = threads.build(List.of(draft), List.of());
        ComplaintStage stage = thread.stage(Step.COMPLAINT).orElseThrow();
        assertEquals(Optional.of(d(3, 2)), stage.sent());
        assertEquals(Optional.empty(), stage.delivered());
        assertEquals(Optional.empty(), stage.replyDue());
        assertEquals(1, thread.deadlines().size());
        assertEquals("From 2 Mar 2026: Post the letter you made, then record the posting and the proof "
                + "of postage: Your complaint to the CMS.", thread.next().text());
        assertEquals(Optional.empty(), thread.next().letter());
    }

    @Test
    void aReviewThenFinalResponseThenIceThenTheOmbudsman() {
        ReceivedLetter reply = received(20, d(3, 23), "About your complaint", Optional.empty());
        SentLetter review = posted(2, "Request for a senior manager's review", d(3, 30), PostingMethod.SPECIAL_DELIVERY);
        // Dated Tuesday 14 April, arrived Thursday 16 April, not scanned.
        ReceivedLetter finalResponse = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(4, 14)), d(4, 16), "CMS",
                "Final Response", Optional.empty(), Optional.empty()));
        SentLetter ice = posted(3, "Complaint to the Independent Case Examiner", d(5, 1), PostingMethod.SECOND_CLASS);
        ComplaintThread thread = threads.build(List.of(ice, review, COMPLAINT), List.of(finalResponse, reply));

        assertEquals(List.of(Step.COMPLAINT, Step.CMS_REPLY, Step.SENIOR_REVIEW, Step.FINAL_RESPONSE, Step.ICE,
                Step.MP_OMBUDSMAN), thread.stages().stream().map(ComplaintStage::step).toList());
        ComplaintStage reviewStage = thread.stage(Step.SENIOR_REVIEW).orElseThrow();
        // Special Delivery on Monday 30 March: delivered Tuesday 31 March; 15 working days skip Easter: 23 April.
        assertEquals(Optional.of(d(3, 31)), reviewStage.delivered());
        // The review request's target to acknowledge, as its letter prints it: 2 working days on, Thursday 2 April.
        assertEquals(Optional.of(d(4, 2)), reviewStage.acknowledgeDue());
        assertEquals(Optional.of(d(4, 23)), reviewStage.replyDue());
        assertEquals(Optional.of(d(4, 16)), reviewStage.replyReceived());
        assertEquals(Optional.of(d(4, 14)), thread.stage(Step.FINAL_RESPONSE).orElseThrow().sent());
        // 2nd class on Friday 1 May: the 4th working day after, skipping 4 May, is Friday 8 May. ICE has no reply
        // time in the facts the app holds: the CMS's 15 working days are not ICE's, so none is expected.
        ComplaintStage iceStage = thread.stage(Step.ICE).orElseThrow();
        assertEquals(Optional.of(d(5, 8)), iceStage.delivered());
        assertEquals(Optional.empty(), iceStage.replyDue());
        // Twelve months from the final response's date.
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), thread.stage(Step.MP_OMBUDSMAN).orElseThrow().replyDue());

        List<String> whats = thread.deadlines().stream().map(d -> d.what() + " " + d.date() + " " + d.done()).toList();
        assertEquals(List.of(
                // Nothing acknowledged either letter: the first answers (the reply dated 21 Mar, the final response
                // dated 14 Apr) came after the targets, which were not met (reviewer 4).
                "CMS target to acknowledge your complaint: not met, the first answer is dated 21 Mar 2026"
                        + " 2026-03-06 true",
                "CMS target to reply to your complaint 2026-03-25 true",
                "CMS target to acknowledge your review request: not met, the first answer is dated 14 Apr 2026"
                        + " 2026-04-02 true",
                "Keep a copy of the final response: ICE asks for it 2026-04-16 false",
                "CMS target to reply to your review request 2026-04-23 true",
                "Complaint to the Independent Case Examiner due 2026-10-14 true",
                "Ask your MP to refer the complaint to the Ombudsman, if ICE cannot help 2027-04-14 false"), whats);
        assertEquals("From 16 Apr 2026: Keep a copy of the final response: ICE asks for it.", thread.next().text());
    }

    @Test
    void withoutAnIceLetterTheNextStepIsIceByItsLimit() {
        ReceivedLetter reply = received(20, d(3, 23), "About your complaint", Optional.of(1L));
        // Dated Saturday 16 May: six months on is Monday 16 November; scanned, so nothing to keep.
        ReceivedLetter finalResponse = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(5, 16)), d(5, 19), "CMS",
                "final response", Optional.of(5L), Optional.empty()));
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(reply, finalResponse));
        List<Deadline> open = thread.deadlines().stream().filter(d -> !d.done()).toList();
        assertEquals(1, open.size());
        assertEquals(d(11, 16), open.get(0).date());
        assertEquals(Optional.of("ice-complaint"), open.get(0).letter());
        assertEquals("Write to the Independent Case Examiner", open.get(0).action());
        assertEquals("Write to the Independent Case Examiner. Limit Mon 16 Nov 2026: to be safe, post your letter 1st class "
                + "by Thu 12 Nov 2026.", thread.next().text());
        assertEquals(Optional.of(LocalDate.of(2027, 5, 14)),
                thread.stage(Step.MP_OMBUDSMAN).orElseThrow().replyDue());
        assertFalse(thread.stage(Step.ICE).isPresent());
    }

    @Test
    void anIceLetterMadeButNotPostedLeavesTheLimitOpenAndTheMpStepUnset() {
        ReceivedLetter reply = received(20, d(3, 23), "About your complaint", Optional.of(1L));
        ReceivedLetter finalResponse = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.of(d(5, 16)), d(5, 19), "CMS",
                "final response", Optional.of(5L), Optional.empty()));
        SentLetter ice = written(3, "Complaint to the Independent Case Examiner", d(6, 1));
        ComplaintThread thread = threads.build(List.of(COMPLAINT, ice), List.of(reply, finalResponse));
        Deadline limit = thread.deadlines().stream().filter(d -> d.letter().equals(Optional.of("ice-complaint")))
                .findFirst().orElseThrow();
        // Written is not sent: ICE has nothing until the letter is posted, so the limit is not met yet.
        assertFalse(limit.done(), "the ICE limit is met only by a posted letter");
        assertEquals(d(11, 16), limit.date());
        assertFalse(thread.deadlines().stream().anyMatch(d -> d.what().startsWith("Ask your MP")),
                "the MP step follows ICE's part, which has not begun");
        assertTrue(thread.deadlines().stream().anyMatch(d -> !d.done() && d.what().startsWith("Post the letter")));
        assertEquals("From 1 Jun 2026: Post the letter you made, then record the posting and the proof of postage: "
                + "Your complaint to the Independent Case Examiner.", thread.next().text());
    }

    @Test
    void aFinalResponseBeforeTheComplaintDoesNotCount() {
        ReceivedLetter old = received(20, d(2, 10), "final response to an old complaint", Optional.empty());
        ComplaintThread thread = threads.build(List.of(COMPLAINT), List.of(old));
        assertEquals(ComplaintStage.empty(Step.FINAL_RESPONSE), thread.stage(Step.FINAL_RESPONSE).orElseThrow());
        assertFalse(thread.stage(Step.MP_OMBUDSMAN).isPresent());
    }

    @Test
    void anAnswerLinkedToTheReviewCalledTheFinalResponseIsIt() {
        SentLetter review = posted(2, "Please review my complaint", d(3, 30), PostingMethod.BY_HAND);
        ReceivedLetter answer = received(21, d(4, 20), "Final response", Optional.of(2L));
        ComplaintThread thread = threads.build(List.of(COMPLAINT, review), List.of(answer));
        assertEquals(Optional.of(d(4, 20)), thread.stage(Step.FINAL_RESPONSE).orElseThrow().replyReceived());
        // By hand: delivered the day it was handed over.
        assertEquals(Optional.of(d(3, 30)), thread.stage(Step.SENIOR_REVIEW).orElseThrow().delivered());
        // The CMS letter of 18 April (two days before it came) starts the ICE count: 18 October is a Sunday.
        assertTrue(thread.deadlines().stream().anyMatch(d -> d.date().equals(d(10, 16))
                && d.what().startsWith("Complaint to the Independent")));
    }

    @Test
    void theStepIsReadFromTheSubject() {
        assertEquals(Optional.of(Step.ICE), ComplaintReading.stepOf(written(1, "Complaint to ICE", d(1, 5))));
        assertEquals(Optional.of(Step.SENIOR_REVIEW),
                ComplaintReading.stepOf(written(1, "To a Senior Manager", d(1, 5))));
        assertEquals(Optional.of(Step.COMPLAINT), ComplaintReading.stepOf(written(1, "Notice of complaint", d(1, 5))));
        assertTrue(ComplaintReading.isFinalResponse(received(1, d(1, 5), "Our FINAL RESPONSE", Optional.empty())));
        assertFalse(ComplaintReading.isFinalResponse(received(1, d(1, 5), "response", Optional.empty())));
    }

    @Test
    void onceIceHasTheComplaintTheLastStepIsTheMp() {
        SentLetter replied = new SentLetter(1, 1, d(3, 2), Optional.of(d(3, 2)), new Recipient(Optional.empty(), "", ""),
                "Complaint", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.EMAIL),
                ProofOfPostage.NONE, "", Optional.of(d(3, 20)), Optional.empty());
        ReceivedLetter reply = received(20, d(3, 5), "complaint", Optional.empty());
        SentLetter review = posted(2, "Review of my complaint", d(3, 9), PostingMethod.EMAIL);
        ReceivedLetter fin = uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(21, 1, Optional.empty(), d(3, 12), "", "final response",
                Optional.of(4L), Optional.empty()));
        SentLetter ice = posted(3, "independent case examiner", d(3, 13), PostingMethod.EMAIL);
        ComplaintThread thread = threads.build(List.of(replied, review, ice), List.of(reply, fin));
        // The parent's own reply-by date is watched: 20 March.
        assertEquals(Optional.of(d(3, 20)), thread.stage(Step.COMPLAINT).orElseThrow().replyDue());
        assertEquals("Ask your MP to refer the complaint to the Ombudsman, if ICE cannot help \u2014 Limit 12 Mar 2027.",
                thread.next().text());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 12)), thread.stage(Step.MP_OMBUDSMAN).orElseThrow().replyDue());
    }

    /**
     * Found by a reviewer: a complaint answered by one letter, marked as the CMS's final response (dated 27 Nov 2026,
     * received 1 Dec 2026), showed twice, as "The CMS's reply" and "The CMS's final response" with the same dates, as
     * if two letters had come. One letter shows once: as the final response.
     */
    @Test
    void oneLetterMarkedAsTheFinalResponseShowsOnce() {
        SentLetter complaint = posted(1, "Complaint about collection", LocalDate.of(2026, 10, 5),
                PostingMethod.FIRST_CLASS);
        ReceivedLetter answer = new ReceivedLetter(2, 1, Optional.of(LocalDate.of(2026, 11, 27)),
                LocalDate.of(2026, 12, 1), "CMS", "Final response to my complaint", Optional.empty(), Optional.of(1L),
                Optional.of(uk.cml.domain.correspondence.FinalResponseAnswer.YES));
        ComplaintThread thread = threads.build(List.of(complaint), List.of(answer));
        assertEquals(List.of(Step.COMPLAINT, Step.FINAL_RESPONSE, Step.MP_OMBUDSMAN),
                thread.stages().stream().map(ComplaintStage::step).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)),
                thread.stage(Step.FINAL_RESPONSE).orElseThrow().replyReceived());
        // The complaint's own row still says its reply came.
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), thread.stage(Step.COMPLAINT).orElseThrow()
                .replyReceived());
    }
}
