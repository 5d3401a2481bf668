package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * How far the parent's complaint has gone, read from the letters logged, so that a letter to the CMS says the true
 * next step. The first posted complaint letter is the complaint; later ones add to it or take it on (a senior
 * manager's review, the Independent Case Examiner), until the CMS's final response: a complaint letter written
 * after that starts a new complaint. Each letter's step and the final response are read as the complaint thread on
 * the Where things stand page reads them ({@link ComplaintReading}): from the subject, and from the summary. Which
 * complaint that is, when the records hold more than one, is decided here only ({@link #lettersOf}), for the
 * letters and the page alike.
 *
 * @param letters       the posted complaint letters of the complaint, oldest first, each with its step
 * @param finalResponse the CMS's final response to it: the date on the letter, else the day it came
 * @param complaint     the posted letter that made the complaint, when the first letter is the complaint itself
 * @param reply         the CMS's reply to that letter as the page reads it (an acknowledgement is none), if logged
 */
public record ComplaintPosition(List<Letter> letters, Optional<LocalDate> finalResponse,
                                Optional<SentLetter> complaint, Optional<ReceivedLetter> reply) {

    /** One posted complaint letter: its step and the date it was written (the date it is quoted by). */
    public record Letter(Step step, LocalDate written) {
    }

    public static final ComplaintPosition NONE = new ComplaintPosition(List.of(), Optional.empty());

    public ComplaintPosition {
        letters = List.copyOf(letters);
    }

    /** A position known only by its letters and final response: no reply to the complaint is logged. */
    public ComplaintPosition(List<Letter> letters, Optional<LocalDate> finalResponse) {
        this(letters, finalResponse, Optional.empty(), Optional.empty());
    }

    private static final Comparator<SentLetter> WRITTEN = Comparator.comparing(SentLetter::written)
            .thenComparingLong(SentLetter::id);

    /**
     * The latest complaint among the letters: only posted letters count (an unposted one tells the CMS nothing), in
     * the order written, whatever order they come in.
     */
    public static ComplaintPosition read(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> posted = lettersOf(sent, received).stream().filter(SentLetter::isPosted).toList();
        if (posted.isEmpty()) {
            return NONE;
        }
        SentLetter first = posted.get(0);
        List<Letter> letters = posted.stream()
                .map(l -> new Letter(ComplaintReading.stepOf(l).orElseThrow(), l.written())).toList();
        Optional<ReceivedLetter> response = ComplaintReading.finalResponse(first, received);
        boolean complaint = letters.get(0).step() == Step.COMPLAINT;
        return new ComplaintPosition(letters, response.map(r -> r.dated().orElse(r.received())),
                complaint ? Optional.of(first) : Optional.empty(),
                complaint ? ComplaintReading.replyTo(first, received) : Optional.empty());
    }

    /**
     * The step of the complaints process a letter the parent logged is ({@link ComplaintReading}: a complaint to the
     * CMS, a request for a senior manager's review, a complaint to ICE); empty when it is no complaint letter.
     */
    public static Optional<Step> stepOf(SentLetter letter) {
        return ComplaintReading.stepOf(letter);
    }

    /**
     * The complaint letters (posted or not) of the complaint the records are at, oldest first: the one piece of
     * code that decides which complaint that is, for the letters ({@link #read}) and the Where things stand page
     * ({@link ComplaintThreads}). The complaint is the latest one made: the first posted complaint letter starts it,
     * and a complaint letter posted after its final response came, or after it went to the Independent Case
     * Examiner, starts a new one (the CMS's part of the old one was over). A letter not posted yet belongs to the
     * complaint it was written in (it is the parent's to post); one written before that complaint began is left to
     * the old one. With nothing posted, every complaint letter made is the complaint, to be posted.
     */
    public static List<SentLetter> lettersOf(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> complaintLetters = sent.stream().filter(l -> ComplaintReading.stepOf(l).isPresent())
                .sorted(WRITTEN).toList();
        Optional<SentLetter> start = Optional.empty();
        Optional<ReceivedLetter> response = Optional.empty();
        boolean withIce = false;
        for (SentLetter letter : complaintLetters) {
            if (!letter.isPosted()) {
                continue;
            }
            Step step = ComplaintReading.stepOf(letter).orElseThrow();
            if (start.isEmpty() || step == Step.COMPLAINT && closedBefore(response, withIce, letter.written())) {
                start = Optional.of(letter);
                response = ComplaintReading.finalResponse(letter, received);
                withIce = false;
            }
            if (step == Step.ICE) {
                withIce = true;
            }
        }
        if (start.isEmpty()) {
            return complaintLetters;
        }
        SentLetter from = start.get();
        return complaintLetters.stream().filter(l -> WRITTEN.compare(l, from) >= 0).toList();
    }

    /**
     * The complaint letter a CMS letter logged on its own (linked to none of the parent's) may answer: the latest
     * complaint or review request posted in the complaint the records are at ({@link #lettersOf}), while no final
     * response to it is logged and it has not gone to the Independent Case Examiner. The received-letter form asks its
     * acknowledgement and final-response questions of an unlinked letter only while there is one, and an
     * acknowledgement is saved as the reply to it. Empty when no complaint is waiting for the CMS.
     *
     * @param received the letters received, less the one being logged or corrected (its own answer must not close it)
     */
    public static Optional<SentLetter> awaitingFinalResponse(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> current = lettersOf(sent, received).stream().filter(SentLetter::isPosted).toList();
        if (current.isEmpty() || ComplaintReading.finalResponse(current.get(0), received).isPresent()
                || current.stream().anyMatch(l -> ComplaintReading.stepOf(l).equals(Optional.of(Step.ICE)))) {
            return Optional.empty();
        }
        return current.stream().filter(l -> ComplaintReading.stepOf(l).filter(s -> s == Step.COMPLAINT
                || s == Step.SENIOR_REVIEW).isPresent()).reduce((earlier, later) -> later);
    }

    /**
     * Why a posted complaint letter's reply is no longer chased ({@link #beyond}): what the Letters list says in place
     * of "No reply by", so it never asks for a reply the complaint has gone past.
     */
    public sealed interface Beyond {
        /** The CMS's reply to the complaint is logged, dated (else come) on {@code on}. */
        record Replied(LocalDate on) implements Beyond {
        }

        /** The CMS's final response, dated (else come) on {@code on}, answers it. */
        record FinalResponse(LocalDate on) implements Beyond {
        }

        /** A letter of the later step {@code to} (a review request, or the ICE letter) was made after it. */
        record MovedOn(Step to) implements Beyond {
        }

        /** It belongs to an earlier complaint, over when the one the records are at began. */
        record EarlierComplaint() implements Beyond {
        }
    }

    /**
     * The posted complaint letters whose reply is no longer chased: the complaint has moved on past each
     * ({@link #beyond}). The Overview's to-dos, the Letters list and the Where things stand page all read this one
     * set.
     */
    public static Set<Long> passed(List<SentLetter> sent, List<ReceivedLetter> received) {
        return beyond(sent, received).keySet();
    }

    /**
     * The posted complaint letters whose reply is no longer chased, each with why. Within the complaint the records
     * are at ({@link #lettersOf}), the complaint letter itself is passed once the CMS's reply to it is logged, as the
     * Where things stand page reads it ({@link ComplaintReading#replyTo(SentLetter, List)}: linked to it, or the next
     * letter about a complaint); any letter is passed once a letter of a later step is made after it (posted or not:
     * a review request or ICE letter made is the next step, and posting it is what is left to do), or once the CMS's
     * final response has come, which answers every letter before it. A letter of an earlier complaint is passed too:
     * that complaint was over (its final response had come, or it had gone to ICE) when the next began. The Where
     * things stand page drops the reply targets of these letters ({@link ComplaintThread#overtaken}); the letters log
     * leaves out their late reply, so the Overview never says "chase the reply" to a letter the complaint has gone
     * beyond. A letter that is not a complaint letter is never among them.
     */
    public static Map<Long, Beyond> beyond(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> current = lettersOf(sent, received);
        Map<Long, Beyond> beyond = new HashMap<>();
        sent.stream().filter(l -> l.isPosted() && ComplaintReading.stepOf(l).isPresent() && !current.contains(l))
                .forEach(l -> beyond.put(l.id(), new Beyond.EarlierComplaint()));
        Optional<SentLetter> first = current.stream().filter(SentLetter::isPosted).findFirst();
        Optional<ReceivedLetter> finalResponse = first.flatMap(f -> ComplaintReading.finalResponse(f, received));
        Optional<ReceivedLetter> reply = first.filter(f -> ComplaintReading.stepOf(f).equals(Optional.of(Step.COMPLAINT)))
                .flatMap(f -> ComplaintReading.replyTo(f, received));
        for (SentLetter letter : current) {
            if (!letter.isPosted()) {
                continue;
            }
            Step step = ComplaintReading.stepOf(letter).orElseThrow();
            Optional<Step> laterStep = current.stream().filter(l -> WRITTEN.compare(l, letter) > 0)
                    .map(l -> ComplaintReading.stepOf(l).orElseThrow()).filter(s -> s.ordinal() > step.ordinal())
                    .findFirst();
            boolean finallyAnswered = step != Step.ICE
                    && finalResponse.filter(r -> !letter.written().isAfter(r.received())).isPresent();
            if (reply.isPresent() && first.get().equals(letter)) {
                beyond.put(letter.id(), new Beyond.Replied(dateOf(reply.get())));
            } else if (finallyAnswered) {
                beyond.put(letter.id(), new Beyond.FinalResponse(dateOf(finalResponse.get())));
            } else if (laterStep.isPresent()) {
                beyond.put(letter.id(), new Beyond.MovedOn(laterStep.get()));
            }
        }
        return beyond;
    }

    /** The date a CMS letter is quoted by: the date on it, else the day it came. */
    private static LocalDate dateOf(ReceivedLetter letter) {
        return letter.dated().orElse(letter.received());
    }

    /** The CMS's part ended before {@code day}: its final response had come, or the complaint had gone to ICE. */
    private static boolean closedBefore(Optional<ReceivedLetter> response, boolean withIce, LocalDate day) {
        return response.filter(r -> !r.received().isAfter(day)).isPresent() || withIce;
    }

    /** The records hold a posted complaint letter. */
    public boolean made() {
        return !letters.isEmpty();
    }

    /** How far it has gone: the ICE letter, else the final response, else a review request, else the complaint. */
    public Optional<Step> reached() {
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        if (sent(Step.ICE).isPresent()) {
            return Optional.of(Step.ICE);
        }
        if (finalResponse.isPresent()) {
            return Optional.of(Step.FINAL_RESPONSE);
        }
        return Optional.of(sent(Step.SENIOR_REVIEW).isPresent() ? Step.SENIOR_REVIEW : Step.COMPLAINT);
    }

    /**
     * The date the complaint was made: its first letter's, when that is the complaint itself. Empty when the
     * records hold only a later step (the complaint letter was not logged as a complaint, or not posted).
     */
    public Optional<LocalDate> complainedOn() {
        return letters.isEmpty() || letters.get(0).step() != Step.COMPLAINT ? Optional.empty()
                : Optional.of(letters.get(0).written());
    }

    /**
     * The posted complaint letter, when the records hold neither a reply to it nor the CMS's final response: a
     * letter must not speak of a reply that the records do not show came.
     */
    public Optional<SentLetter> unanswered() {
        return reply.isPresent() || finalResponse.isPresent() ? Optional.empty() : complaint;
    }

    /** The date of the first letter of a step, if one was posted. */
    public Optional<LocalDate> sent(Step step) {
        return letters.stream().filter(l -> l.step() == step).map(Letter::written).findFirst();
    }

    /** The step of the complaint letter written on {@code day}, if it is one of this complaint's. */
    public Optional<Step> stepOn(LocalDate day) {
        return letters.stream().filter(l -> l.written().equals(day)).map(Letter::step).reduce((a, b) -> b);
    }

    /** The first letter the CMS itself was sent (a complaint or a review request, not the ICE letter). */
    public Optional<LocalDate> firstToTheCms() {
        return letters.stream().filter(l -> l.step() != Step.ICE).map(Letter::written).findFirst();
    }

    /**
     * Whether Where it stands reads {@code letter} as the CMS saying {@code complaint} has arrived: the parent's Yes
     * to "only says the CMS has received your complaint", on a letter linked to that complaint, or linked to nothing,
     * come from the day it was posted and mentioning a complaint in what it says in brief. The one reading the
     * received-letter form tells the parent about, for a letter saved with a Yes and no link.
     */
    public static boolean countsAsAcknowledgement(uk.cml.domain.correspondence.ReceivedLetter letter,
            uk.cml.domain.correspondence.SentLetter complaint) {
        return ComplaintReading.acknowledgementOf(complaint, List.of(letter)).isPresent();
    }
}
