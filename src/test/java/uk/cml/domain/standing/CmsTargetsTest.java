package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.Todos;

/**
 * The CMS's complaint targets (acknowledge in 2 working days, reply in 15) are the CMS's to meet, and targets, not
 * limits: before one has passed there is nothing for the parent to do about it, so it must not head "What to do
 * next" above a limit the parent can act on now, nor read as a date the parent must meet. Dates worked by hand:
 * a complaint posted first class on Monday 30 November 2026 counts as delivered on Wednesday 2 December; 2 working
 * days on is Friday 4 December; 15 working days on is Wednesday 23 December.
 */
class CmsTargetsTest {

    static final SentLetter COMPLAINT = posted(1, "Complaint about collection", LocalDate.of(2026, 11, 30),
            PostingMethod.FIRST_CLASS);
    /** Write-off letter of Friday 20 November: 30 days is Sunday 20 December, so act by Friday 18 December. */
    static final Decision WRITE_OFF = new Decision(1, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 20), "",
            Optional.empty());

    private static StandingReport report(List<Decision> decisions, LocalDate today) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(COMPLAINT),
                List.of(), decisions, List.of(), today);
    }

    @Test
    void theComplaintsDatesAreTheCmsTargetsAndSaySo() {
        List<Deadline> open = report(List.of(), LocalDate.of(2026, 12, 1)).open();
        assertEquals(2, open.size(), open.toString());
        assertEquals(LocalDate.of(2026, 12, 4), open.get(0).date());
        assertEquals(LocalDate.of(2026, 12, 23), open.get(1).date());
        for (Deadline d : open) {
            assertTrue(d.isTarget(), d.toString());
            assertTrue(d.what().startsWith("CMS target to "), d.what());
        }
    }

    @Test
    void aTargetStillAheadNeverHeadsThePageAboveTheParentsOwnLimit() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        StandingReport report = report(List.of(WRITE_OFF), today);
        ComplaintThread.NextAction next = report.next(today);
        assertEquals("Write the reply about the write-off. Limit Sun 20 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 16 Dec 2026.", next.text());
        assertEquals(Optional.of("write-off-reply"), next.letter());
    }

    @Test
    void withOnlyTargetsAheadThereIsNothingToDoYetAndNoChaseButton() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        StandingReport report = report(List.of(), today);
        for (ComplaintThread.NextAction next : List.of(report.next(today), report.complaintNext(today))) {
            assertEquals("Nothing to do yet. The CMS target to acknowledge your complaint is 4 Dec 2026: a target "
                    + "for the CMS, not a limit for you. If it is not met by then, you can chase it from "
                    + "7 Dec 2026.", next.text());
            assertEquals(Optional.empty(), next.letter(), "no letter to chase before the target has passed");
        }
        // On the day of the target itself it has not passed yet.
        assertTrue(report.next(LocalDate.of(2026, 12, 4)).text().startsWith("Nothing to do yet"));
        // Friday's target: the CMS's phone lines are shut at the weekend, so chasing starts on Monday.
        assertTrue(report.next(LocalDate.of(2026, 12, 5)).text().startsWith("Nothing to do yet"));
        assertTrue(report.next(LocalDate.of(2026, 12, 6)).text().startsWith("Nothing to do yet"));
        assertTrue(report.next(LocalDate.of(2026, 12, 7)).text().endsWith("so you can chase it now."));
    }

    /**
     * At the weekend after Friday 4 December's target the date has gone, so it "was", not "is"; chasing starts on
     * Monday 7th, the next working day. On the Friday itself it still "is".
     */
    @Test
    void atTheWeekendAfterAFridayTargetTheTargetWas() {
        StandingReport report = report(List.of(), LocalDate.of(2026, 12, 5));
        for (LocalDate weekend : List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6))) {
            assertEquals("Nothing to do yet. The CMS target to acknowledge your complaint was Fri 4 Dec 2026: a "
                    + "target for the CMS, not a limit for you. If it was not met, you can chase it from "
                    + "Mon 7 Dec 2026, the next working day.", report.next(weekend).text());
            assertEquals(Optional.empty(), report.next(weekend).letter(), "no chasing at the weekend");
        }
        assertTrue(report.next(LocalDate.of(2026, 12, 4)).text().startsWith("Nothing to do yet. The CMS target to "
                + "acknowledge your complaint is 4 Dec 2026"));
    }

    /**
     * The app wrote the complaint and it asks for a reply by Tuesday 22 December (counted from the letter's date; the
     * CMS's published target, from delivery, is Wednesday 23rd). That date is the parent's, and reads as what their
     * letter asks, never as the CMS's target.
     */
    @Test
    void aReplyDateTheParentsLetterAsksForIsNotCalledTheCmsTarget() {
        LocalDate asked = LocalDate.of(2026, 12, 22);
        SentLetter complaint = new SentLetter(1, 1, COMPLAINT.written(), COMPLAINT.posted(), COMPLAINT.to(),
                COMPLAINT.subject(), COMPLAINT.kind(), Optional.empty(), COMPLAINT.method(), ProofOfPostage.NONE, "",
                Optional.of(asked), Optional.empty(), Optional.empty(), Optional.of(asked));
        List<uk.cml.domain.correspondence.ReceivedLetter> ack = List.of(ComplaintThreadsTest.received(20,
                LocalDate.of(2026, 12, 3), "They acknowledged my complaint", Optional.of(1L)));
        java.util.function.Function<LocalDate, StandingReport> on = today -> StandingReport.build(
                SeededFacts.calendar(), SeededFacts.published(), List.of(complaint), ack, List.of(), List.of(),
                today);
        Deadline reply = on.apply(LocalDate.of(2026, 12, 10)).open().get(0);
        assertEquals("Reply date your complaint letter asks for", reply.what());
        assertEquals(Deadline.Timing.ASKED, reply.timing());
        assertTrue(reply.isTarget(), "waited for and chased like a target");
        assertEquals("Nothing to do yet. Your letter asks the CMS to reply by 22 Dec 2026. If no reply has come by "
                + "then, you can chase it from 23 Dec 2026.", on.apply(LocalDate.of(2026, 12, 10))
                .next(LocalDate.of(2026, 12, 10)).text());
        ComplaintThread.NextAction chase = on.apply(LocalDate.of(2026, 12, 23)).next(LocalDate.of(2026, 12, 23));
        assertEquals("Your letter asked the CMS to reply by 22 Dec 2026. No reply has come, so you can chase it now.",
                chase.text());
        assertEquals(Optional.of("chase-reply"), chase.letter());
    }

    /**
     * The parent phoned and the CMS said it would reply by Friday 18 December (its published target is Wednesday
     * 23rd). The date they entered is what the CMS said, not the CMS's target, and reads so everywhere.
     */
    @Test
    void aReplyDateTheCmsToldTheParentIsNotCalledItsTarget() {
        SentLetter complaint = new SentLetter(1, 1, COMPLAINT.written(), COMPLAINT.posted(), COMPLAINT.to(),
                COMPLAINT.subject(), COMPLAINT.kind(), Optional.empty(), COMPLAINT.method(), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 12, 18)), Optional.empty());
        List<uk.cml.domain.correspondence.ReceivedLetter> ack = List.of(ComplaintThreadsTest.received(20,
                LocalDate.of(2026, 12, 3), "They acknowledged my complaint", Optional.of(1L)));
        java.util.function.Function<LocalDate, StandingReport> on = today -> StandingReport.build(
                SeededFacts.calendar(), SeededFacts.published(), List.of(complaint), ack, List.of(), List.of(),
                today);
        Deadline reply = on.apply(LocalDate.of(2026, 12, 10)).open().get(0);
        assertEquals("Date the CMS gave to reply to your complaint", reply.what());
        assertEquals(LocalDate.of(2026, 12, 18), reply.date());
        assertTrue(reply.isTarget() && reply.timing() != Deadline.Timing.TARGET,
                "waited for and chased like a target, but not the CMS's published target");
        assertEquals("How it is counted: the reply date you entered, from what the CMS told you.",
                reply.due().explanation(SeededFacts.calendar().holidays()));
        assertEquals("Nothing to do yet. The CMS said they would reply by 18 Dec 2026. If no reply has come by then, "
                + "you can chase it from 21 Dec 2026.", on.apply(LocalDate.of(2026, 12, 10))
                .next(LocalDate.of(2026, 12, 10)).text());
        assertEquals("Nothing to do yet. The CMS said they would reply by Fri 18 Dec 2026. If no reply has come, you "
                + "can chase it from Mon 21 Dec 2026, the next working day.", on.apply(LocalDate.of(2026, 12, 19))
                .next(LocalDate.of(2026, 12, 19)).text());
        ComplaintThread.NextAction chase = on.apply(LocalDate.of(2026, 12, 21)).next(LocalDate.of(2026, 12, 21));
        assertEquals("The CMS said they would reply by 18 Dec 2026. No reply has come, so you can chase it now.",
                chase.text());
        assertEquals(Optional.of("chase-reply"), chase.letter());

        // The date the app worked out and suggested is the CMS's published target, and still says so.
        SentLetter suggested = new SentLetter(1, 1, COMPLAINT.written(), COMPLAINT.posted(), COMPLAINT.to(),
                COMPLAINT.subject(), COMPLAINT.kind(), Optional.empty(), COMPLAINT.method(), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 12, 23)), Optional.empty());
        Deadline target = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(suggested), ack, List.of(), List.of(), LocalDate.of(2026, 12, 10)).open().get(0);
        assertEquals("CMS target to reply to your complaint", target.what());
        assertEquals(Deadline.Timing.TARGET, target.timing());
        assertTrue(target.due().explanation(SeededFacts.calendar().holidays()).startsWith(
                "How it is counted: 15 working days after"), "how the target is counted, not \"the date your letter "
                + "asks for\": " + target.due().explanation(SeededFacts.calendar().holidays()));
    }

    @Test
    void aTargetBeforeABankHolidayIsChasedOnTheNextWorkingDay() {
        UkCalendar calendar = SeededFacts.calendar();
        // Thursday 24 December 2026: Christmas Day is Friday, Boxing Day falls on Saturday so its bank holiday is
        // Monday 28th; the next working day is Tuesday 29 December.
        Deadline target = new Deadline("CMS target to reply to your complaint", "Chase the reply",
                Optional.of("chase-reply"), new uk.cml.domain.calendar.DueDate(LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 24), uk.cml.domain.calendar.DueDate.Move.NONE, "15 working days"),
                false, new Deadline.From.Sent(COMPLAINT), Deadline.Timing.TARGET);
        assertEquals(LocalDate.of(2026, 12, 29), target.actFrom(calendar));
        TodoItem chase = TodoItem.of(target, "Chase the reply", calendar);
        assertEquals(LocalDate.of(2026, 12, 29), chase.due());
        assertFalse(chase.doableOn(LocalDate.of(2026, 12, 28)));
        assertTrue(chase.doableOn(LocalDate.of(2026, 12, 29)));
        assertFalse(target.actionableOn(LocalDate.of(2026, 12, 28), calendar));
        assertTrue(target.actionableOn(LocalDate.of(2026, 12, 29), calendar));
        // A target on a Wednesday is chased on the Thursday, as before.
        Deadline midweek = new Deadline(target.what(), target.action(), target.letter(),
                new uk.cml.domain.calendar.DueDate(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 23),
                        uk.cml.domain.calendar.DueDate.Move.NONE, "15 working days"),
                false, target.from(), Deadline.Timing.TARGET);
        assertEquals(LocalDate.of(2026, 12, 24), midweek.actFrom(calendar));
    }

    @Test
    void aPassedTargetIsSomethingToChaseButStillNotAboveALimit() {
        LocalDate today = LocalDate.of(2026, 12, 28);
        ComplaintThread.NextAction next = report(List.of(), today).next(today);
        // The target to acknowledge (4 Dec) has passed, and so has the one to reply (23 Dec): the reply is chased.
        assertEquals("The CMS target to reply to your complaint was 23 Dec 2026. Your records show it was not met, "
                + "so you can chase it now.", next.text());
        LocalDate beforeTheReply = LocalDate.of(2026, 12, 7);
        assertEquals("Write the reply about the write-off. Limit Sun 20 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 16 Dec 2026.",
                report(List.of(WRITE_OFF), beforeTheReply).next(beforeTheReply).text());
    }

    /**
     * Found by a helper's review: with the CMS's acknowledgement logged, the passed reply target still said "Nothing
     * has come", which the parent's own records contradict. The words say what has not come: the thing the target is
     * for.
     */
    @Test
    void aPassedReplyTargetAfterAnAcknowledgementDoesNotSayNothingHasCome() {
        LocalDate today = LocalDate.of(2026, 12, 28);
        ReceivedLetter acknowledgement = new ReceivedLetter(20, 1, Optional.of(LocalDate.of(2026, 12, 3)),
                LocalDate.of(2026, 12, 4), "CMS", "Letter about my complaint", Optional.empty(), Optional.of(1L))
                .saidAcknowledgement();
        ComplaintThread.NextAction next = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(COMPLAINT), List.of(acknowledgement), List.of(), List.of(), today).next(today);
        assertEquals("The CMS target to reply to your complaint was 23 Dec 2026. Your records show it was not met, "
                + "so you can chase it now.", next.text());
    }

    @Test
    void onTheOverviewATargetIsToChaseFromTheDayAfterAndComesAfterWhatCanBeDoneNow() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<TodoItem> items = report(List.of(WRITE_OFF), today).open().stream()
                .map(d -> TodoItem.of(d, d.action(), SeededFacts.calendar())).toList();
        TodoItem call = new TodoItem(LocalDate.of(2026, 12, 10), "Follow up the call", TodoKind.FOLLOW_UP_CALL, 3);
        List<TodoItem> all = Todos.gather(new java.util.ArrayList<>(items) {
            {
                add(call);
            }
        }, today);
        assertEquals(List.of("Follow up the call", "Write the reply about the write-off",
                "Phone the CMS if no acknowledgement has come", "Chase the reply"),
                all.stream().map(TodoItem::what).toList());
        TodoItem acknowledge = all.get(2);
        assertTrue(acknowledge.fromItsDate(), "shown as From its date, not By");
        // The target is Friday 4 December: chase from the next working day, Monday 7th, not the Saturday.
        assertEquals(LocalDate.of(2026, 12, 7), acknowledge.due(), "chase from the working day after the target");
        assertFalse(acknowledge.doableOn(LocalDate.of(2026, 12, 4)));
        assertFalse(acknowledge.doableOn(LocalDate.of(2026, 12, 5)));
        assertTrue(acknowledge.doableOn(LocalDate.of(2026, 12, 7)));
        // Once passed, it is in date order with the rest.
        LocalDate later = LocalDate.of(2026, 12, 7);
        assertEquals("Phone the CMS if no acknowledgement has come", Todos.gather(all, later).get(0).what());
    }

    @Test
    void aComplaintNotPostedYetHasNoReplyDue() {
        Optional<LocalDate> printed = Optional.of(LocalDate.of(2026, 12, 23));
        SentLetter written = new SentLetter(1, 1, LocalDate.of(2026, 11, 30), Optional.empty(),
                new Recipient(Optional.empty(), "CMS", ""), "Complaint", LetterKind.COMPLAINT, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", printed, Optional.empty(), Optional.empty(), printed);
        ComplaintThread thread = new ComplaintThreads(SeededFacts.calendar(), SeededFacts.published())
                .build(List.of(written), List.of());
        ComplaintStage stage = thread.stages().get(0);
        assertEquals(Optional.empty(), stage.replyDue(), "a reply counts from posting: none is due before it");
        assertEquals(Optional.empty(), stage.acknowledgeDue());
        assertTrue(thread.deadlines().stream().noneMatch(Deadline::isTarget), thread.deadlines().toString());
    }
}
