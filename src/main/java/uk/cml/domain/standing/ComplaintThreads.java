package uk.cml.domain.standing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Builds a complaint thread from the letters already logged: the parent's complaint letters (kind Complaint) by what
 * their subject says, the CMS's reply by the letter it answers, and its acknowledgement and final response by the
 * parent's answers on the received letter's form ({@link ComplaintReading}). Nothing here is stored twice: change a letter and the thread changes with it.
 */
public final class ComplaintThreads {

    private final UkCalendar calendar;
    private final CmsFacts facts;

    public ComplaintThreads(UkCalendar calendar, CmsFacts facts) {
        this.calendar = calendar;
        this.facts = facts;
    }

    /** The complaint step a sent letter is, read as the thread reads it ({@link ComplaintReading}). */
    public static Optional<Step> stepOf(SentLetter letter) {
        return ComplaintReading.stepOf(letter);
    }

    /** Whether the parent said the letter is the CMS's final response, as the thread reads it. */
    public static boolean isFinalResponse(ReceivedLetter letter) {
        return ComplaintReading.isFinalResponse(letter);
    }

    /** The complaint letter that answers a CMS letter, by the complaint stages ({@link ComplaintReading}). */
    public static ComplaintReply replyTo(ReceivedLetter letter, Optional<Step> answers) {
        return ComplaintReading.replyTo(letter, answers);
    }

    /**
     * The thread of the complaint the records are at: the latest one made, as the letters read it
     * ({@link ComplaintPosition#lettersOf}), so the page and the letters never follow two different complaints.
     */
    public ComplaintThread build(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> bySent = ComplaintPosition.lettersOf(sent, received);
        Optional<SentLetter> first = firstOf(bySent, Step.COMPLAINT, LocalDate.MIN);
        if (first.isEmpty()) {
            return new ComplaintThread(List.of(), List.of(), new ComplaintThread.NextAction(
                    Words.text("standing.complaint.noneLogged"), Optional.of("collection-complaint"),
                    Words.text("standing.complaint.writeOne")));
        }
        List<ComplaintStage> stages = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        SentLetter complaint = first.get();
        Optional<ReceivedLetter> reply = ComplaintReading.replyTo(complaint, received);
        Optional<LocalDate> firstAnswer = firstAnswer(reply, ComplaintReading.acknowledgementOf(complaint, received));
        stages.add(sentStage(Step.COMPLAINT, complaint, reply, Optional.of(firstAnswer), deadlines));
        Optional<ReceivedLetter> finalResponse = ComplaintReading.finalResponse(complaint, received);
        // One letter shows once: a reply that is itself the final response is its row, not a "reply" row as well
        // (the two rows, with the same dates, read as two letters).
        if (reply.isEmpty() || finalResponse.isEmpty() || reply.get().id() != finalResponse.get().id()) {
            stages.add(receivedStage(Step.CMS_REPLY, reply));
        }
        Optional<SentLetter> review = firstOf(bySent, Step.SENIOR_REVIEW, complaint.written());
        // An answer to the review that is not said to be the final response shows as the review's reply, but neither
        // starts the time for ICE nor fills the ICE letter's date. An acknowledgement is no answer: the reply is due.
        Optional<ReceivedLetter> reviewAnswer = finalResponse.or(() -> review.flatMap(
                r -> ComplaintReading.linkedAnswer(r, received)));
        // An ICE letter with no final response logged: ICE normally needs the final response first, but the letter
        // is the complaint's latest step all the same, shown as such, and no earlier step is asked for again.
        Optional<SentLetter> iceFirst = finalResponse.isEmpty() ? firstOf(bySent, Step.ICE, complaint.written())
                : Optional.empty();
        Optional<ComplaintThread.NextAction> step = Optional.empty();
        if (iceFirst.isPresent()) {
            step = Optional.of(new ComplaintThread.NextAction(Words.text("standing.complaint.withIceNoFinalResponse",
                    uk.cml.domain.UkFormats.shortDate(iceFirst.get().posted().orElse(iceFirst.get().written()))),
                    Optional.empty(), ""));
        } else if (reply.isPresent() && review.isEmpty() && finalResponse.isEmpty()) {
            // No time limit is published for asking a senior manager's review: a next step, never a date to miss.
            step = Optional.of(new ComplaintThread.NextAction(Words.text("standing.complaint.askReviewStep"),
                    Optional.of("senior-review"), Words.text("standing.complaint.askReviewAction")));
        } else if (review.isPresent() && reviewAnswer.isPresent() && finalResponse.isEmpty()) {
            step = Optional.of(new ComplaintThread.NextAction(Words.text("standing.complaint.awaitFinalResponse",
                    uk.cml.domain.UkFormats.shortDate(reviewAnswer.get().received())), Optional.empty(), ""));
        }
        // The review request has the same published target to acknowledge as the complaint (its letter prints it):
        // met by a letter linked to it, or one mentioning the complaint from its posting, or the final response.
        review.ifPresent(r -> stages.add(sentStage(Step.SENIOR_REVIEW, r, reviewAnswer, Optional.of(
                firstAnswer(reviewAnswer, ComplaintReading.acknowledgementOf(r, received))), deadlines)));
        stages.add(receivedStage(Step.FINAL_RESPONSE, finalResponse));
        finalResponse.ifPresent(f -> finalResponseDeadlines(complaint, f, bySent, stages, deadlines));
        iceFirst.ifPresent(i -> stages.add(sentStage(Step.ICE, i, Optional.empty(), Optional.empty(), deadlines)));
        deadlines.sort(Comparator.comparing(Deadline::date));
        Map<Long, ComplaintPosition.Beyond> beyond = ComplaintPosition.beyond(sent, received);
        ComplaintThread built = new ComplaintThread(stages, deadlines, ComplaintThread.NOTHING, beyond);
        // The ICE letter made for the limit the final response starts, not posted yet: what to post to meet it.
        Optional<DecisionAnswers.Unclear> iceMade = finalResponse.flatMap(f -> firstOf(bySent, Step.ICE,
                f.dated().orElse(f.received()))).filter(l -> !l.isPosted()).map(l -> new DecisionAnswers.Unclear(
                l.id(), l.written(), DecisionAnswers.Unclear.Why.NOT_POSTED));
        return new ComplaintThread(stages, deadlines, next(deadlines.stream().filter(d -> !built.overtaken(d))
                .toList(), step), beyond, iceMade);
    }

    private void finalResponseDeadlines(SentLetter complaint, ReceivedLetter response, List<SentLetter> bySent,
            List<ComplaintStage> stages, List<Deadline> deadlines) {
        LocalDate dated = response.dated().orElse(response.received());
        Deadline.From answer = new Deadline.From.Answer(complaint, response);
        if (response.scanDocumentId().isEmpty()) {
            deadlines.add(Deadline.suggestedFrom(Words.text("standing.complaint.keepFinalResponse"),
                    Words.text("standing.complaint.keepFinalResponseAction"), Optional.empty(),
                    dueOn(response.received(), Words.text("standing.complaint.fromArrival")), answer));
        }
        Optional<SentLetter> ice = firstOf(bySent, Step.ICE, dated);
        DueDate iceDue = calendar.parentDeadline(dated, Period.ofMonths(facts.iceMonths()),
                Words.text("standing.complaint.iceRule", facts.iceMonths(), uk.cml.domain.UkFormats.shortDate(dated)));
        // Met only by a posted letter: one written and not sent has not reached ICE, and the limit still runs.
        boolean iceSent = ice.filter(SentLetter::isPosted).isPresent();
        deadlines.add(new Deadline(Words.text("standing.complaint.iceDue"), Words.text("standing.complaint.iceAction"),
                Optional.of("ice-complaint"), iceDue, iceSent, answer));
        ice.ifPresent(i -> stages.add(sentStage(Step.ICE, i, Optional.empty(), Optional.empty(), deadlines)));
        DueDate mpDue = calendar.parentDeadline(dated, Period.ofMonths(facts.ombudsmanMonths()),
                Words.text("standing.complaint.ombudsmanRule", facts.ombudsmanMonths()));
        stages.add(new ComplaintStage(Step.MP_OMBUDSMAN, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(mpDue.date()), Optional.empty()));
        if (iceSent) {
            deadlines.add(new Deadline(Words.text("standing.complaint.askMp"),
                    Words.text("standing.complaint.askMpAction"), Optional.empty(), mpDue, false));
        }
    }

    /**
     * The date on the CMS's first answer to a letter, its acknowledgement or its reply (the date on it, else the day
     * it came), as the reply target reads its reply: empty when neither has come.
     */
    private static Optional<LocalDate> firstAnswer(Optional<ReceivedLetter> reply,
            Optional<ReceivedLetter> acknowledgement) {
        return java.util.stream.Stream.of(reply, acknowledgement).flatMap(Optional::stream)
                .map(r -> r.dated().orElse(r.received())).min(LocalDate::compareTo);
    }

    /**
     * @param acknowledged for the complaint and the review request (the steps with a target to acknowledge, printed
     *                     in their letters): the date on the first answer, an acknowledgement or the reply, if one
     *                     has come
     */
    private ComplaintStage sentStage(Step step, SentLetter letter, Optional<ReceivedLetter> answer,
            Optional<Optional<LocalDate>> acknowledged, List<Deadline> deadlines) {
        if (!letter.isPosted()) {
            deadlines.add(Deadline.suggestedFrom(Words.text("standing.complaint.postLetter", step.label()),
                    Words.text("standing.complaint.postLetterAction"), Optional.empty(), postFrom(letter),
                    new Deadline.From.Sent(letter)));
            // A reply counts from posting or delivery: before the letter is posted, no reply is due.
            return new ComplaintStage(step, Optional.of(letter.written()), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        LocalDate delivered = calendar.deemedDelivery(letter.posted().get(), letter.method().get(),
                letter.trackedDelivery());
        Optional<LocalDate> ack = Optional.empty();
        if (acknowledged.isPresent()) {
            DueDate ackDue = calendar.replyBy(delivered, new uk.cml.domain.calendar.ReplyRule.WorkingDays(
                    facts.complaintAcknowledgeWorkingDays()));
            ack = Optional.of(ackDue.date());
            String ackWhat = Words.text(step == Step.COMPLAINT ? "standing.complaint.acknowledge"
                    : "standing.complaint.acknowledgeReview");
            // Answered only after the target (reviewer 4: nothing until the final response of 27 Nov, the target 9
            // Oct): the target was not met, said as the reply target says it, never "done" as if it were.
            Optional<LocalDate> lateAnswer = acknowledged.get().filter(on -> on.isAfter(ackDue.date()));
            deadlines.add(new Deadline(lateAnswer.map(on -> Words.text("standing.complaint.ackNotMet", ackWhat,
                    uk.cml.domain.UkFormats.shortDate(on))).orElse(ackWhat),
                    Words.text("standing.complaint.acknowledgeAction"), Optional.empty(), ackDue,
                    acknowledged.get().isPresent(), new Deadline.From.Sent(letter), Deadline.Timing.TARGET,
                    lateAnswer.isPresent()));
        }
        if (step == Step.ICE) {
            // The facts the app holds give ICE no time to reply: the CMS's target is not ICE's, so no date is
            // expected or watched (a date shown would be one nobody set).
            return new ComplaintStage(step, letter.posted(), Optional.of(delivered), ack, Optional.empty(),
                    answer.map(ReceivedLetter::received));
        }
        DueDate target = replyTarget(letter);
        // A reply date the parent entered that is neither the published target nor the date their letter asks for
        // is one the CMS told them: it is said as what the CMS said, not as the CMS's target. The target itself is
        // explained by how it is counted, not as "the date your letter asks for" (a letter logged by hand asks none).
        boolean told = letter.replyBy().filter(d -> !d.equals(target.date())
                && !letter.printedReplyBy().equals(Optional.of(d))).isPresent();
        // The date the parent's own letter asks for is theirs, not the CMS's target: named as what the letter asks.
        boolean asked = !told && letter.replyBy().filter(d -> !d.equals(target.date())).isPresent();
        DueDate replyDue = told ? dueOn(letter.replyBy().get(), Words.text("standing.complaint.toldDate"))
                : asked ? dueOn(letter.replyBy().get(), Words.text("standing.complaint.yourDate")) : target;
        String what = step == Step.COMPLAINT ? (told ? "standing.complaint.toldReplyToComplaint"
                : asked ? "standing.complaint.askedReplyToComplaint" : "standing.complaint.replyToComplaint")
                : told ? "standing.complaint.toldReplyToReview"
                : asked ? "standing.complaint.askedReplyToReview" : "standing.complaint.replyToReview";
        // A reply that came after the date is no date met: said, as the parent may put it in a review request.
        Optional<LocalDate> repliedOn = answer.map(r -> r.dated().orElse(r.received()));
        String words = repliedOn.filter(d -> d.isAfter(replyDue.date())).isPresent()
                ? Words.text("standing.complaint.notMet", Words.text(what),
                        uk.cml.domain.UkFormats.shortDate(repliedOn.get()))
                : Words.text(what);
        deadlines.add(new Deadline(words, Words.text("standing.complaint.chaseAction"),
                Optional.of("chase-reply"), replyDue, answer.isPresent(),
                new Deadline.From.Sent(letter), told ? Deadline.Timing.TOLD
                : asked ? Deadline.Timing.ASKED : Deadline.Timing.TARGET,
                repliedOn.filter(d -> d.isAfter(replyDue.date())).isPresent()));
        return new ComplaintStage(step, letter.posted(), Optional.of(delivered), ack, Optional.of(replyDue.date()),
                answer.map(ReceivedLetter::received));
    }

    /**
     * The CMS's published target to reply to a posted complaint letter: its working days from the day the letter
     * counts as delivered. The one count of it, for the page and for a letter that says the time has passed.
     */
    public DueDate replyTarget(SentLetter posted) {
        LocalDate delivered = calendar.deemedDelivery(posted.posted().orElseThrow(), posted.method().orElseThrow(),
                posted.trackedDelivery());
        return calendar.replyBy(delivered, new uk.cml.domain.calendar.ReplyRule.WorkingDays(
                facts.complaintReplyWorkingDays()));
    }

    private static ComplaintStage receivedStage(Step step, Optional<ReceivedLetter> letter) {
        return letter.map(r -> new ComplaintStage(step, r.dated(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(r.received()))).orElse(ComplaintStage.empty(step));
    }

    private static Optional<SentLetter> firstOf(List<SentLetter> sent, Step step, LocalDate notBefore) {
        return sent.stream().filter(l -> ComplaintReading.stepOf(l).equals(Optional.of(step)))
                .filter(l -> !l.written().isBefore(notBefore)).findFirst();
    }

    /**
     * The day to post a letter made and not posted: the first day Post Offices open on or after its date, by the one
     * rule the letters count their dates from ({@link UkCalendar#postingDay}; by post unless the log says otherwise),
     * never its own date when that is a Sunday or a bank holiday, when no counter gives a certificate of posting.
     */
    private DueDate postFrom(SentLetter letter) {
        LocalDate written = letter.written();
        LocalDate day = calendar.postingDay(written,
                letter.method().orElse(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS));
        return new DueDate(day, written, DueDate.Move.NONE, day.equals(written)
                ? Words.text("standing.complaint.fromWriting")
                : Words.text("standing.complaint.fromWritingPostOffices",
                        uk.cml.domain.calendar.CalendarText.dayAndDate(written)));
    }

    private static DueDate dueOn(LocalDate date, String why) {
        return new DueDate(date, date, DueDate.Move.NONE, why);
    }

    /** The first open deadline; failing that, the step with no date of its own; failing that, nothing. */
    private ComplaintThread.NextAction next(List<Deadline> deadlines, Optional<ComplaintThread.NextAction> step) {
        return deadlines.stream().filter(d -> !d.done()).findFirst()
                .map(d -> new ComplaintThread.NextAction(d.isFrom() ? Words.text("standing.next.from", d.what(),
                        uk.cml.domain.UkFormats.shortDate(d.date())) : d.next(calendar), d.letter(),
                        d.action()))
                .or(() -> step)
                .orElse(new ComplaintThread.NextAction(Words.text("standing.complaint.nothingDue"), Optional.empty(),
                        ""));
    }
}
