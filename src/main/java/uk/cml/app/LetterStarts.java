package uk.cml.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.WriteOffAmount;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Chases;
import uk.cml.domain.standing.ComplaintStage.Step;
import uk.cml.domain.standing.ComplaintReply;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.ComplaintThreads;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionReading;
import uk.cml.domain.standing.Deadline;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.SettlementDetails;
import uk.cml.letters.templates.WriteOffDetails;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.NoLetterFits;
import uk.cml.ui.shell.Destination;

/**
 * Where a letter starts from on the Letters page: the reply to a letter the parent received, or chasing one they
 * sent that has had no answer. Turns the logged letter into the facts the closest template needs.
 */
final class LetterStarts {

    private LetterStarts() {
    }

    /** A template and the facts to preset in it. */
    record Start(LetterTemplate template, UnaryOperator<LetterFacts> preset) {
        Start(LetterTemplate template) {
            this(template, UnaryOperator.identity());
        }
    }

    /**
     * Opens the writer on the letter a destination asks for; {@code today} for a reply's due date, and
     * {@code threads} reading a case's complaint thread from its records (run in the background).
     */
    static void open(LetterWriterView writer, Destination.WriteLetter letter, LocalDate today,
            LongFunction<ComplaintThread> threads) {
        if (!(letter instanceof Destination.LetterFromTemplate)) {
            writer.remaking(Optional.empty());
        }
        if (letter instanceof Destination.LetterFromTemplate t) {
            LetterTemplates.byKey(t.templateKey()).ifPresent(writer::start);
            // Begun from a letter not posted yet ("Make it again"): the new one offers to take its place.
            writer.remaking(t.remaking());
        } else if (letter instanceof Destination.LetterFromCall c) {
            writer.startFromCall(LetterWiring.callChoice(c.call()));
        } else if (letter instanceof Destination.LetterAboutMissedPayments) {
            writer.startFromMissedPayments();
        } else if (letter instanceof Destination.ReplyTo r) {
            reply(writer, r.letter(), r.answers(), r.decision(), today, threads);
        } else if (letter instanceof Destination.ChaseUnanswered u) {
            writer.startFromUnansweredLetter(earlier(u.letter()));
        } else if (letter instanceof Destination.LetterForDeadline d) {
            LetterTemplates.byKey(d.templateKey()).ifPresent(template -> forDeadline(writer, template, d.from()));
        }
        if (letter instanceof Destination.ChooseLetter) {
            // The writer as it is, for the parent to pick a letter of their own: it answers no CMS letter, even if
            // the last one begun did.
            writer.answers(Optional.empty());
        }
    }

    /** The letter that meets a deadline, filled in from the record the deadline is counted from. */
    static void forDeadline(LetterWriterView writer, LetterTemplate template, Deadline.From from) {
        Start start = forDeadline(template, from);
        writer.start(start.template(), start.preset());
    }

    /** The same, as a template and its preset facts (the sample letters are made this way too). */
    static Start forDeadline(LetterTemplate template, Deadline.From from) {
        if (from instanceof Deadline.From.Sent s && template == LetterTemplates.CHASE_REPLY) {
            EarlierLetter letter = earlier(s.letter());
            return new Start(template, f -> f.toBuilder().earlierLetter(letter).build());
        } else if (from instanceof Deadline.From.Answer a) {
            return new Start(template, f -> f.toBuilder().complaint(answered(f.complaint(), a, template)).build());
        } else if (from instanceof Deadline.From.OfDecision o && template == LetterTemplates.WRITE_OFF_REPLY) {
            return new Start(template, f -> f.toBuilder().writeOff(writeOff(o.decision())).build());
        } else if (from instanceof Deadline.From.OfDecision o) {
            return new Start(template, f -> f.toBuilder().decision(decision(o.decision())).build());
        }
        return new Start(template);
    }

    /** A proposal to write off arrears as the reply quotes it: its date, and the amount its note gives. */
    static WriteOffDetails writeOff(Decision decision) {
        return new WriteOffDetails(decision.dated(), WriteOffAmount.in(decision.note()).orElse(null), "", "");
    }

    /**
     * A decision about the calculation as the reconsideration request quotes it: its date, and the kind it was logged
     * as (never the parent's note of it: {@link DecisionDetails#onRecord}).
     */
    static DecisionDetails decision(Decision decision) {
        return DecisionDetails.onRecord(decision.dated(), decision.kind(), false);
    }

    /**
     * The complaint's dates for the next step: when the parent complained, and the CMS's answer as the reply a
     * senior manager is asked to review or as the final response ICE is sent. What the parent wrote stays.
     */
    static ComplaintDetails answered(Optional<ComplaintDetails> written, Deadline.From.Answer a,
            LetterTemplate template) {
        return answered(written, Optional.of(a.complaint()), a.answer(), template);
    }

    /**
     * As above, with the complaint's date only when the records give it: otherwise what the parent wrote stays. The
     * complaint and the answer count as kept (to enclose) only when a copy or scan is attached to their records.
     */
    private static ComplaintDetails answered(Optional<ComplaintDetails> written, Optional<SentLetter> complaint,
            ReceivedLetter answer, LetterTemplate template) {
        Optional<LocalDate> complainedOn = complaint.map(SentLetter::written);
        ComplaintDetails c = written.orElse(new ComplaintDetails(null, "", "", Set.of(), "", null, null, null, "", "",
                ""));
        // The date printed on the CMS's letter, never the day it arrived: a letter quotes it as "your reply of", and
        // ICE's months count from it. Not recorded, it is left for the parent to fill in from the letter.
        LocalDate answered = answer.dated().orElse(null);
        boolean ice = template == LetterTemplates.ICE_COMPLAINT;
        java.util.EnumSet<ComplaintDetails.Kept> kept = java.util.EnumSet.noneOf(ComplaintDetails.Kept.class);
        kept.addAll(c.kept());
        complaint.ifPresent(sent -> keep(kept, ComplaintDetails.Kept.COMPLAINT, sent.copyDocumentId().isPresent()));
        if (answered != null) {
            keep(kept, ice ? ComplaintDetails.Kept.FINAL_RESPONSE : ComplaintDetails.Kept.REPLY,
                    answer.scanDocumentId().isPresent());
        }
        return new ComplaintDetails(c.happenedOn(), c.whatHappened(), c.whatWentWrong(), c.wants(), c.actionWanted(),
                complainedOn.orElse(c.complainedOn()), ice || answered == null ? c.cmsRepliedOn() : answered,
                ice && answered != null ? answered : c.finalResponseOn(), c.contactPreference(), c.adjustments(),
                c.whyReplyFails(), kept);
    }

    private static void keep(java.util.Set<ComplaintDetails.Kept> kept, ComplaintDetails.Kept letter, boolean held) {
        if (held) {
            kept.add(letter);
        } else {
            kept.remove(letter);
        }
    }

    /**
     * Opens the writer on the reply that fits the received letter (see {@link #replyTo}) or, when none does, with
     * nothing chosen and the reason ({@link #whyNone}), read with the complaint thread of the letter's own case.
     */
    static void reply(LetterWriterView writer, ReceivedLetter letter, Optional<SentLetter> answers,
            Optional<Decision> decision, LocalDate today, LongFunction<ComplaintThread> threads) {
        replyTo(letter, answers, decision).ifPresentOrElse(start -> writer.start(start.template(), start.preset()),
                () -> writer.startWithNothingChosen(letter.caseId(), () -> whyNone(letter, answers,
                        threads.apply(letter.caseId()), today)));
        writer.answers(Optional.of(letter.id()));
    }

    /**
     * Why {@link #replyTo} has no letter for this one, read the same way: about a complaint the CMS is still dealing
     * with, one that has reached the Independent Case Examiner, a reconsidered decision (an appeal comes next), or
     * nothing the app knows. A complaint's reply is due by the date the parent's complaint letter watches, if this is
     * linked to it; if not, by the open reply date in the case's complaint thread ({@link #replyDue}).
     */
    static NoLetterFits whyNone(ReceivedLetter letter, Optional<SentLetter> answers, ComplaintThread thread,
            LocalDate today) {
        Optional<Step> answered = answers.flatMap(ComplaintThreads::stepOf);
        if (ComplaintThreads.replyTo(letter, answered) != ComplaintReply.NOT_ABOUT_A_COMPLAINT) {
            if (answered.equals(Optional.of(Step.ICE))) {
                return new NoLetterFits(NoLetterFits.Why.ICE_STAGE);
            }
            Optional<LocalDate> due = answered.isPresent() ? answers.get().replyBy()
                    : answers.isEmpty() ? replyDue(thread, letter.caseId()) : Optional.empty();
            return NoLetterFits.complaintWithCms(due, today);
        }
        return new NoLetterFits(DecisionReading.reconsidered(letter.summary()) ? NoLetterFits.Why.RECONSIDERED
                : NoLetterFits.Why.NOTHING_MATCHES);
    }

    /**
     * The reply the CMS still owes on the case's complaint, as the Where it stands page counts it: the date of the
     * thread's open "reply due" deadline for the complaint or, once asked, the senior manager's review (the later
     * letter's, if both are open). Only the deadlines of letters of case {@code caseId}: never another case's date.
     */
    static Optional<LocalDate> replyDue(ComplaintThread thread, long caseId) {
        return thread.deadlines().stream().filter(d -> !d.done())
                .filter(d -> d.letter().equals(Optional.of(LetterTemplates.CHASE_REPLY.key())))
                .filter(d -> d.from() instanceof Deadline.From.Sent s && s.letter().caseId() == caseId
                        && ComplaintThreads.stepOf(s.letter()).filter(step -> step != Step.ICE).isPresent())
                .max(Comparator.comparing(d -> ((Deadline.From.Sent) d.from()).letter().written()))
                .map(Deadline::date);
    }

    /**
     * The reply that fits what the received letter is. About a complaint (linked to the parent's complaint letter, or
     * its summary speaks of one), the next complaint stage as {@link ComplaintThreads#replyTo} reads it: the
     * Independent Case Examiner only after the CMS's final response, a senior manager's review after its reply,
     * nothing while the review is under way or after ICE's own answer. Otherwise, by the parent's summary: a
     * write-off proposal, a settlement offer, a decision (a mandatory reconsideration only for the calculation, a
     * complaint about how the CMS collects: {@link DecisionReading}), or anything about arrears (ask for the
     * breakdown). Empty for anything else: the writer then opens as it is, for the parent to pick the letter.
     *
     * @param answers the parent's letter this one answers, as the received letter is linked to it
     */
    static Optional<Start> replyTo(ReceivedLetter letter, Optional<SentLetter> answers) {
        return replyTo(letter, answers, Optional.empty());
    }

    /**
     * As above, for a letter logged as a CMS decision: the parent said what it is, so the decision's own letter (a
     * write-off reply, or a mandatory reconsideration request) is begun from it, whatever the summary's words read as.
     * A letter about a complaint is still read as one first.
     */
    static Optional<Start> replyTo(ReceivedLetter letter, Optional<SentLetter> answers, Optional<Decision> decision) {
        if (decision.isPresent() && ComplaintThreads.replyTo(letter, answers.flatMap(ComplaintThreads::stepOf))
                == ComplaintReply.NOT_ABOUT_A_COMPLAINT) {
            Decision d = decision.get();
            if (d.kind() == Decision.Kind.WRITE_OFF) {
                return Optional.of(new Start(LetterTemplates.WRITE_OFF_REPLY,
                        f -> f.toBuilder().writeOff(writeOff(d)).build()));
            }
            return Optional.of(new Start(LetterTemplates.MANDATORY_RECONSIDERATION, f -> f.toBuilder().decision(
                    DecisionDetails.onRecord(d.dated(), d.kind(), letter.scanDocumentId().isPresent())).build()));
        }
        return bySummary(letter, answers);
    }

    private static Optional<Start> bySummary(ReceivedLetter letter, Optional<SentLetter> answers) {
        String about = letter.summary().toLowerCase(Locale.UK);
        // As above: the letter's own date, or none for the parent to fill in, so "your letter of" is never the day it
        // arrived and no time limit counts from the wrong day.
        LocalDate dated = letter.dated().orElse(null);
        Optional<Step> answered = answers.flatMap(ComplaintThreads::stepOf);
        ComplaintReply complaint = ComplaintThreads.replyTo(letter, answered);
        if (complaint != ComplaintReply.NOT_ABOUT_A_COMPLAINT) {
            if (complaint == ComplaintReply.NO_LETTER) {
                return Optional.empty();
            }
            LetterTemplate next = complaint == ComplaintReply.ICE ? LetterTemplates.ICE_COMPLAINT
                    : LetterTemplates.SENIOR_REVIEW;
            Optional<SentLetter> complaintLetter = answered.filter(Step.COMPLAINT::equals).flatMap(step -> answers);
            return Optional.of(new Start(next, f -> f.toBuilder().complaint(answered(f.complaint(), complaintLetter,
                    letter, next)).build()));
        }
        if (mentions(about, "write off", "write-off", "written off", "writing off")) {
            // The amount the summary gives, else the decision's of the same date the records hold (LetterWiring).
            Optional<uk.cml.domain.Money> amount = WriteOffAmount.in(letter.summary());
            return Optional.of(new Start(LetterTemplates.WRITE_OFF_REPLY, f -> f.toBuilder().writeOff(
                    new WriteOffDetails(dated, amount.or(() -> f.writeOff().filter(w -> dated != null
                            && dated.equals(w.proposalDate())).map(WriteOffDetails::amount)).orElse(null), "", ""))
                    .build()));
        }
        if (mentions(about, "settlement", "full and final", "offer")) {
            return Optional.of(new Start(LetterTemplates.SETTLEMENT_REPLY, f -> f.toBuilder().settlement(
                    // The amount as the parent's summary of the letter gives it: a gap only when it gives none.
                    new SettlementDetails(dated, uk.cml.domain.correspondence.OfferedAmount.in(letter.summary())
                            .orElse(null), SettlementDetails.Decision.UNDECIDED, List.of())).build()));
        }
        Optional<DecisionReading.Route> decision = DecisionReading.route(letter.summary());
        if (decision.equals(Optional.of(DecisionReading.Route.RECONSIDERATION))) {
            return Optional.of(new Start(LetterTemplates.MANDATORY_RECONSIDERATION,
                    f -> {
                        // The decision the records hold of the same date names it, as the parent logged it.
                        Optional<DecisionDetails> same = f.decision().filter(d -> dated != null
                                && dated.equals(d.decisionDate()));
                        return f.toBuilder().decision(new DecisionDetails(dated, same.map(DecisionDetails::whatDecided)
                                .orElse(""), "", "", letter.scanDocumentId().isPresent(),
                                same.map(DecisionDetails::kind).orElse(null))).build();
                    }));
        } else if (decision.isPresent()) {
            return Optional.of(new Start(LetterTemplates.COLLECTION_COMPLAINT));
        }
        if (mentions(about, "arrears", "missed", "owed", "balance")) {
            return Optional.of(new Start(LetterTemplates.ARREARS_BREAKDOWN));
        }
        return Optional.empty();
    }

    /**
     * A sent letter as the earlier letter a chasing letter quotes: its subject as logged (the letter quotes it as a
     * title), how it went with its proof of postage, and the name and address it was sent to; with its id, so the
     * chasing letter is logged as chasing it.
     */
    static EarlierLetter earlier(SentLetter letter) {
        ProofOfPostage proof = letter.proof();
        String how = letter.method().map(PostingMethod::label).orElse("");
        if (!how.isEmpty() && letter.method().get().byPost() && proof.certificateGot()) {
            how += ", with a certificate of posting";
        }
        String reference = !letter.trackingNumber().isEmpty() ? "tracking number " + letter.trackingNumber()
                : proof.reference().isEmpty() ? "" : "Post Office certificate " + proof.reference();
        LetterFacts.Contact sentTo = new LetterFacts.Contact(letter.to().name(),
                letter.to().address().lines().toList());
        return new EarlierLetter(letter.written(), letter.subjectAsPrinted(), letter.posted().orElse(null), how,
                reference, sentTo, letter.copyDocumentId().isPresent(), proof.attached()).fromLog(letter.id());
    }

    /**
     * The offer a reply about a part payment answers when it is begun without a CMS letter (from the list): the latest
     * CMS letter the records hold that {@link #replyTo} reads as a settlement offer, with its date and amount as its
     * reply would take them. None: the letter leaves them for the parent to fill in.
     */
    static Optional<SettlementDetails> offerOnRecord(List<ReceivedLetter> received) {
        return received.stream().filter(r -> replyTo(r, Optional.empty()).map(Start::template)
                        .filter(LetterTemplates.SETTLEMENT_REPLY::equals).isPresent())
                .max(Comparator.comparing((ReceivedLetter r) -> r.dated().orElse(r.received()))
                        .thenComparing(ReceivedLetter::received))
                .map(r -> new SettlementDetails(r.dated().orElse(null), uk.cml.domain.correspondence.OfferedAmount
                        .in(r.summary()).orElse(null), SettlementDetails.Decision.UNDECIDED, List.of()));
    }

    /**
     * The date (printed, else the day it came) of each CMS letter the records hold that {@link #replyTo} reads as a
     * proposal to write off arrears, as the reply to it would be begun: the reply fits the case once there is one.
     */
    static List<LocalDate> writeOffLetters(List<ReceivedLetter> received) {
        return received.stream().filter(r -> replyTo(r, Optional.empty()).map(Start::template)
                        .filter(LetterTemplates.WRITE_OFF_REPLY::equals).isPresent())
                .map(r -> r.dated().orElse(r.received())).toList();
    }

    /**
     * The letter a chasing letter chases when it is begun without one: the one posted letter still waiting for a
     * reply (none linked to it, a reply-by date set and passed), as the letters list shows it. With several, the
     * latest posted, else the parent chooses on the Letters page; with none, the letter leaves the gaps to fill in. A chasing letter is not
     * one of them (its reply is the reply to the letter it chases, and a reply to it answers that letter), nor a
     * letter whose chase is made and not posted, or posted with its reply date on {@code today} still to come
     * ({@link Chases#holdsBack}): that one is not chased again yet.
     */
    static Optional<EarlierLetter> awaitedReply(List<SentLetter> sent, Set<Long> answered, Chases chases,
            LocalDate today) {
        Set<Long> replied = chases.answered(answered);
        List<SentLetter> waiting = sent.stream().filter(SentLetter::isPosted).filter(l -> l.replyBy().isPresent())
                .filter(l -> !replied.contains(l.id())).filter(l -> chases.chasedBy(l).isEmpty())
                .filter(l -> !chases.holdsBack(l.id(), today)).toList();
        // Only a letter late for its reply, as the Letters page offers "Chase this letter" for it: a complaint still
        // in time is not chased (reviewer, rv6); of several late, the latest posted, if only one is.
        List<SentLetter> late = waiting.stream().filter(l -> l.replyBy().orElseThrow().isBefore(today))
                .sorted(java.util.Comparator.comparing((SentLetter l) -> l.posted().orElseThrow()).reversed()).toList();
        if (late.size() == 1 || late.size() > 1 && late.get(0).posted().orElseThrow()
                .isAfter(late.get(1).posted().orElseThrow())) {
            return Optional.of(earlier(late.get(0)));
        }
        return Optional.empty();
    }

    private static boolean mentions(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
