package uk.cml.domain.standing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Builds a complaint thread from the letters already logged: the parent's complaint letters (kind Complaint) by what
 * their subject says, and the CMS's answers by the letter they reply to or, failing that, by the parent's summary
 * ("final response"). Nothing here is stored twice: change a letter and the thread changes with it.
 */
public final class ComplaintThreads {

    private final UkCalendar calendar;
    private final CmsFacts facts;

    public ComplaintThreads(UkCalendar calendar, CmsFacts facts) {
        this.calendar = calendar;
        this.facts = facts;
    }

    public static Optional<Step> stepOf(SentLetter letter) {
        if (letter.kind() != LetterKind.COMPLAINT) {
            return Optional.empty();
        }
        String subject = letter.subject().toLowerCase(Locale.UK);
        if (subject.contains("independent case examiner") || subject.contains(" ice")) {
            return Optional.of(Step.ICE);
        }
        if (subject.contains("senior manager") || subject.contains("review")) {
            return Optional.of(Step.SENIOR_REVIEW);
        }
        return Optional.of(Step.COMPLAINT);
    }

    public static boolean isFinalResponse(ReceivedLetter letter) {
        return letter.summary().toLowerCase(Locale.UK).contains("final response");
    }

    public ComplaintThread build(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> bySent = sent.stream().sorted(Comparator.comparing(SentLetter::written)).toList();
        Optional<SentLetter> first = firstOf(bySent, Step.COMPLAINT, LocalDate.MIN);
        if (first.isEmpty()) {
            return new ComplaintThread(List.of(), List.of(), new ComplaintThread.NextAction(
                    Words.text("standing.complaint.noneLogged"), Optional.of("collection-complaint"),
                    Words.text("standing.complaint.writeOne")));
        }
        List<ComplaintStage> stages = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        SentLetter complaint = first.get();
        Optional<ReceivedLetter> reply = answerTo(complaint, received, false);
        stages.add(sentStage(Step.COMPLAINT, complaint, reply, true, deadlines));
        stages.add(receivedStage(Step.CMS_REPLY, reply));
        Optional<SentLetter> review = firstOf(bySent, Step.SENIOR_REVIEW, complaint.written());
        Optional<ReceivedLetter> finalResponse = received.stream().filter(ComplaintThreads::isFinalResponse)
                .filter(r -> !r.received().isBefore(complaint.written())).findFirst()
                .or(() -> review.flatMap(r -> answerTo(r, received, true)));
        if (reply.isPresent() && review.isEmpty() && finalResponse.isEmpty()) {
            deadlines.add(new Deadline(Words.text("standing.complaint.askReview"),
                    Words.text("standing.complaint.askReviewAction"), Optional.of("senior-review"),
                    dueOn(reply.get().received(), Words.text("standing.complaint.fromReply")), false,
                    new Deadline.From.Answer(complaint, reply.get())));
        }
        review.ifPresent(r -> stages.add(sentStage(Step.SENIOR_REVIEW, r, finalResponse, false, deadlines)));
        stages.add(receivedStage(Step.FINAL_RESPONSE, finalResponse));
        finalResponse.ifPresent(f -> finalResponseDeadlines(complaint, f, bySent, stages, deadlines));
        deadlines.sort(Comparator.comparing(Deadline::date));
        return new ComplaintThread(stages, deadlines, next(deadlines));
    }

    private void finalResponseDeadlines(SentLetter complaint, ReceivedLetter response, List<SentLetter> bySent,
            List<ComplaintStage> stages, List<Deadline> deadlines) {
        LocalDate dated = response.dated().orElse(response.received());
        Deadline.From answer = new Deadline.From.Answer(complaint, response);
        if (response.scanDocumentId().isEmpty()) {
            deadlines.add(new Deadline(Words.text("standing.complaint.keepFinalResponse"),
                    Words.text("standing.complaint.keepFinalResponseAction"), Optional.empty(),
                    dueOn(response.received(), Words.text("standing.complaint.fromArrival")), false, answer));
        }
        Optional<SentLetter> ice = firstOf(bySent, Step.ICE, dated);
        DueDate iceDue = calendar.parentDeadline(dated, Period.ofMonths(facts.iceMonths()),
                Words.text("standing.complaint.iceRule", facts.iceMonths(), uk.cml.domain.UkFormats.shortDate(dated)));
        deadlines.add(new Deadline(Words.text("standing.complaint.iceDue"), Words.text("standing.complaint.iceAction"),
                Optional.of("ice-complaint"), iceDue, ice.isPresent(), answer));
        ice.ifPresent(i -> stages.add(sentStage(Step.ICE, i, Optional.empty(), false, deadlines)));
        DueDate mpDue = calendar.parentDeadline(dated, Period.ofMonths(facts.ombudsmanMonths()),
                Words.text("standing.complaint.ombudsmanRule", facts.ombudsmanMonths()));
        stages.add(new ComplaintStage(Step.MP_OMBUDSMAN, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(mpDue.date()), Optional.empty()));
        if (ice.isPresent()) {
            deadlines.add(new Deadline(Words.text("standing.complaint.askMp"),
                    Words.text("standing.complaint.askMpAction"), Optional.empty(), mpDue, false));
        }
    }

    private ComplaintStage sentStage(Step step, SentLetter letter, Optional<ReceivedLetter> answer,
            boolean acknowledge, List<Deadline> deadlines) {
        if (!letter.isPosted()) {
            deadlines.add(new Deadline(Words.text("standing.complaint.postLetter", step.label()),
                    Words.text("standing.complaint.postLetterAction"), Optional.empty(),
                    dueOn(letter.written(), Words.text("standing.complaint.fromWriting")), false,
                    new Deadline.From.Sent(letter)));
            return new ComplaintStage(step, Optional.of(letter.written()), Optional.empty(), Optional.empty(),
                    letter.replyBy(), Optional.empty());
        }
        LocalDate delivered = calendar.deemedDelivery(letter.posted().get(), letter.method().get(),
                letter.trackedDelivery());
        Optional<LocalDate> ack = Optional.empty();
        if (acknowledge) {
            DueDate ackDue = calendar.replyBy(delivered, new uk.cml.domain.calendar.ReplyRule.WorkingDays(
                    facts.complaintAcknowledgeWorkingDays()));
            ack = Optional.of(ackDue.date());
            deadlines.add(new Deadline(Words.text("standing.complaint.acknowledge"),
                    Words.text("standing.complaint.acknowledgeAction"), Optional.empty(), ackDue, answer.isPresent(),
                    new Deadline.From.Sent(letter)));
        }
        DueDate replyDue = letter.replyBy().map(d -> dueOn(d, Words.text("standing.complaint.yourDate")))
                .orElse(calendar.replyBy(delivered, new uk.cml.domain.calendar.ReplyRule.WorkingDays(
                        facts.complaintReplyWorkingDays())));
        deadlines.add(new Deadline(Words.text(step == Step.ICE ? "standing.complaint.iceConfirms"
                : step == Step.COMPLAINT ? "standing.complaint.replyToComplaint"
                : "standing.complaint.replyToReview"), Words.text("standing.complaint.chaseAction"),
                Optional.of("chase-reply"), replyDue, answer.isPresent() || step == Step.ICE,
                new Deadline.From.Sent(letter)));
        return new ComplaintStage(step, letter.posted(), Optional.of(delivered), ack, Optional.of(replyDue.date()),
                answer.map(ReceivedLetter::received));
    }

    private static ComplaintStage receivedStage(Step step, Optional<ReceivedLetter> letter) {
        return letter.map(r -> new ComplaintStage(step, r.dated(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(r.received()))).orElse(ComplaintStage.empty(step));
    }

    private static Optional<SentLetter> firstOf(List<SentLetter> sent, Step step, LocalDate notBefore) {
        return sent.stream().filter(l -> stepOf(l).equals(Optional.of(step)))
                .filter(l -> !l.written().isBefore(notBefore)).findFirst();
    }

    /** The letter that answers: linked to it, or (for the first reply) the next one mentioning the complaint. */
    private static Optional<ReceivedLetter> answerTo(SentLetter letter, List<ReceivedLetter> received,
            boolean finalOnly) {
        Optional<ReceivedLetter> linked = received.stream().filter(r -> r.inReplyTo().equals(Optional.of(letter.id())))
                .findFirst();
        if (linked.isPresent() || finalOnly) {
            return linked;
        }
        LocalDate from = letter.posted().orElse(letter.written());
        return received.stream().filter(r -> !r.received().isBefore(from))
                .filter(r -> r.summary().toLowerCase(Locale.UK).contains("complaint"))
                .min(Comparator.comparing(ReceivedLetter::received));
    }

    private static DueDate dueOn(LocalDate date, String why) {
        return new DueDate(date, date, DueDate.Move.NONE, why);
    }

    private static ComplaintThread.NextAction next(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> !d.done()).findFirst()
                .map(d -> new ComplaintThread.NextAction(Words.text("standing.complaint.next", d.what(),
                        uk.cml.domain.UkFormats.shortDate(d.date())), d.letter(), d.action()))
                .orElse(new ComplaintThread.NextAction(Words.text("standing.complaint.nothingDue"), Optional.empty(),
                        ""));
    }
}
