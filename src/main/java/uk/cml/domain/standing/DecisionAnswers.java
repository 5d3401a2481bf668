package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.SentLetter;

/**
 * Which CMS decision each of the parent's letters answers, so that a decision's first limit (ask for a mandatory
 * reconsideration, or reply to a write-off proposal) is ticked only by a letter that meets it. A letter linked to a
 * decision answers that one only. An older letter with no link answers at most one: the decision of its kind dated
 * on or before it that no linked letter answers. When two or more are open to it, none is ticked and the parent is
 * asked to choose: a limit shown as met that is not could cost them the challenge. For the same reason a letter that
 * is written but not yet posted (or sent) ticks nothing: the page says it is waiting to be posted.
 */
public final class DecisionAnswers {

    /**
     * A letter that leaves this decision's limit unticked: one with no link that could answer this decision or
     * another, or one written for it that has not been posted yet.
     */
    public record Unclear(long letterId, LocalDate written, Why why) {

        public enum Why {
            /** No link, and two or more decisions are open to it: the parent must say which. */
            COULD_BE_ANOTHER,
            /** Written, but with no posting date yet: the CMS does not have it. */
            NOT_POSTED
        }

        public Unclear(long letterId, LocalDate written) {
            this(letterId, written, Why.COULD_BE_ANOTHER);
        }
    }

    /** What the letters say about one decision's first limit. */
    public record Answer(boolean answered, List<Unclear> unclear) {
        public Answer {
            unclear = List.copyOf(unclear);
        }
    }

    private static final Answer NONE = new Answer(false, List.of());

    private final Map<Long, Boolean> answered = new HashMap<>();
    private final Map<Long, List<Unclear>> unclear = new HashMap<>();

    private DecisionAnswers() {
    }

    /** The kind of letter that meets a decision's first limit. */
    public static LetterKind answerKind(Decision.Kind kind) {
        return kind == Decision.Kind.WRITE_OFF ? LetterKind.WRITE_OFF_REPLY : LetterKind.RECONSIDERATION_REQUEST;
    }

    /** Whether a letter of this kind answers a decision (a reconsideration request or a write-off reply). */
    public static boolean answersDecisions(LetterKind kind) {
        return kind == LetterKind.RECONSIDERATION_REQUEST || kind == LetterKind.WRITE_OFF_REPLY;
    }

    /** Reads every letter against every decision of one case. */
    public static DecisionAnswers read(List<Decision> decisions, List<SentLetter> sent) {
        DecisionAnswers answers = new DecisionAnswers();
        Map<Long, Decision> byId = new HashMap<>();
        decisions.forEach(d -> byId.put(d.id(), d));
        Set<Long> taken = new HashSet<>();
        // Only a letter to the CMS asks it to look again at its decision, or answers its proposal.
        sent = sent.stream().filter(l -> l.to().isTheCms()).toList();
        for (SentLetter letter : sent) {
            linked(letter, decisions).filter(d -> !letter.written().isBefore(d.dated())).ifPresent(d -> {
                        if (letter.posted().isPresent()) {
                            taken.add(d.id());
                        } else {
                            answers.note(d, letter, Unclear.Why.NOT_POSTED);
                        }
                    });
        }
        taken.forEach(id -> answers.answered.put(id, true));
        // A letter with no link answers the one decision of its kind, dated on or before it, that no linked letter
        // answers. Another letter with no link never rules a decision out: it may have been about the same one.
        for (SentLetter letter : sent) {
            if (linked(letter, decisions).isPresent() || letter.answersDecision().isPresent()
                    || !answersDecisions(letter.kind())) {
                continue;
            }
            List<Decision> open = decisions.stream().filter(d -> answerKind(d.kind()) == letter.kind()
                    && !d.dated().isAfter(letter.written()) && !taken.contains(d.id())).toList();
            if (letter.posted().isEmpty()) {
                open.forEach(d -> answers.note(d, letter, Unclear.Why.NOT_POSTED));
            } else if (open.size() == 1) {
                answers.answered.put(open.get(0).id(), true);
            } else {
                open.forEach(d -> answers.note(d, letter, Unclear.Why.COULD_BE_ANOTHER));
            }
        }
        return answers;
    }

    /**
     * The decision a letter is linked to as its answer: the one it was logged as answering ({@link
     * SentLetter#answersDecision}), of the kind it answers; else the one that came in the CMS letter it was logged as
     * the reply to ({@link Decision#fromLetter}): a reconsideration request or write-off reply logged in reply to
     * the decision's own letter, or any reply to a proposal to write off arrears (the proposal asks for the parent's
     * reply, and a reply to its letter is that reply, whatever kind it was logged as).
     */
    static Optional<Decision> linked(SentLetter letter, List<Decision> decisions) {
        if (letter.answersDecision().isPresent()) {
            return decisions.stream().filter(d -> letter.answersDecision().get() == d.id()
                    && answerKind(d.kind()) == letter.kind()).findFirst();
        }
        return letter.inReplyTo().flatMap(r -> decisions.stream().filter(d -> d.fromLetter().equals(Optional.of(r))
                && (answerKind(d.kind()) == letter.kind()
                || d.kind() == Decision.Kind.WRITE_OFF && letter.kind() == LetterKind.REPLY)).findFirst());
    }

    /**
     * The date of the proposal to write off arrears a reply answers, as the records say which: the decision it was
     * logged as answering; else the proposal that came in the CMS letter it was logged as the reply to; else that
     * letter's own date (the day it came, if it has none); else the one proposal dated on or before the reply.
     * Empty when the records cannot tell.
     */
    public static Optional<LocalDate> writeOffProposalDated(Optional<Long> decisionId, Optional<Long> inReplyTo,
            Optional<LocalDate> written, List<Decision> decisions,
            List<uk.cml.domain.correspondence.ReceivedLetter> received) {
        List<Decision> proposals = decisions.stream().filter(d -> d.kind() == Decision.Kind.WRITE_OFF).toList();
        Optional<Decision> chosen = decisionId.flatMap(id -> proposals.stream().filter(d -> d.id() == id)
                .findFirst());
        if (chosen.isPresent()) {
            return chosen.map(Decision::dated);
        }
        if (inReplyTo.isPresent()) {
            Optional<Decision> cameIn = proposals.stream()
                    .filter(d -> d.fromLetter().equals(inReplyTo)).findFirst();
            if (cameIn.isPresent()) {
                return cameIn.map(Decision::dated);
            }
            Optional<LocalDate> letter = received.stream().filter(r -> r.id() == inReplyTo.get()).findFirst()
                    .map(r -> r.dated().orElse(r.received()));
            if (letter.isPresent()) {
                return letter;
            }
        }
        List<Decision> open = choices(decisions, LetterKind.WRITE_OFF_REPLY, written);
        return open.size() == 1 ? Optional.of(open.get(0).dated()) : Optional.empty();
    }

    private void note(Decision decision, SentLetter letter, Unclear.Why why) {
        unclear.computeIfAbsent(decision.id(), id -> new ArrayList<>()).add(new Unclear(letter.id(), letter.written(),
                why));
    }

    /** What the letters say about this decision. */
    public Answer of(Decision decision) {
        boolean done = answered.getOrDefault(decision.id(), false);
        List<Unclear> maybe = unclear.getOrDefault(decision.id(), List.of());
        return done || !maybe.isEmpty() ? new Answer(done, done ? List.of() : maybe) : NONE;
    }

    /**
     * The decision a letter the app wrote answers: the one decision of the case of the right kind with the date the
     * letter quotes. Empty when there is none, or more than one (the date alone cannot tell them apart).
     */
    public static Optional<Long> quoted(List<Decision> decisions, LetterKind kind, Optional<LocalDate> dated) {
        if (dated.isEmpty() || !answersDecisions(kind)) {
            return Optional.empty();
        }
        List<Decision> same = decisions.stream().filter(d -> answerKind(d.kind()) == kind
                && d.dated().equals(dated.get())).toList();
        return same.size() == 1 ? Optional.of(same.get(0).id()) : Optional.empty();
    }

    /**
     * The decisions a letter of this kind can answer, for the parent to choose from: those of the right kind dated
     * on or before the letter (any, if it has no date yet), latest first.
     */
    public static List<Decision> choices(List<Decision> decisions, LetterKind kind, Optional<LocalDate> written) {
        if (!answersDecisions(kind)) {
            return List.of();
        }
        return decisions.stream().filter(d -> answerKind(d.kind()) == kind)
                .filter(d -> written.isEmpty() || !d.dated().isAfter(written.get()))
                .sorted(Comparator.comparing(Decision::dated).thenComparing(Decision::id).reversed()).toList();
    }
}
