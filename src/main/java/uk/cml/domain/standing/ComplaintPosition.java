package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * How far the parent's complaint has gone, read from the letters logged, so that a letter to the CMS says the true
 * next step. The first posted complaint letter is the complaint; later ones add to it or take it on (a senior
 * manager's review, the Independent Case Examiner), until the CMS's final response: a complaint letter written
 * after that starts a new complaint. Each letter's step and the final response are read as the complaint thread on
 * the Where things stand page reads them ({@link ComplaintReading}): from the subject, and from the summary.
 *
 * @param letters       the posted complaint letters of the complaint, oldest first, each with its step
 * @param finalResponse the CMS's final response to it: the date on the letter, else the day it came
 */
public record ComplaintPosition(List<Letter> letters, Optional<LocalDate> finalResponse) {

    /** One posted complaint letter: its step and the date it was written (the date it is quoted by). */
    public record Letter(Step step, LocalDate written) {
    }

    public static final ComplaintPosition NONE = new ComplaintPosition(List.of(), Optional.empty());

    public ComplaintPosition {
        letters = List.copyOf(letters);
    }

    /**
     * The latest complaint among the letters: only posted letters count (an unposted one tells the CMS nothing), in
     * the order written, whatever order they come in.
     */
    public static ComplaintPosition read(List<SentLetter> sent, List<ReceivedLetter> received) {
        List<SentLetter> posted = sent.stream().filter(SentLetter::isPosted)
                .filter(l -> ComplaintReading.stepOf(l).isPresent())
                .sorted(Comparator.comparing(SentLetter::written).thenComparingLong(SentLetter::id)).toList();
        List<Letter> letters = new ArrayList<>();
        Optional<ReceivedLetter> response = Optional.empty();
        for (SentLetter letter : posted) {
            Step step = ComplaintReading.stepOf(letter).orElseThrow();
            if (step == Step.COMPLAINT && closedBefore(letters, response, letter.written())) {
                letters.clear();
            }
            if (letters.isEmpty()) {
                response = ComplaintReading.finalResponse(letter, received);
            }
            letters.add(new Letter(step, letter.written()));
        }
        return new ComplaintPosition(letters, response.map(r -> r.dated().orElse(r.received())));
    }

    /** The CMS's part ended before {@code day}: its final response had come, or the complaint had gone to ICE. */
    private static boolean closedBefore(List<Letter> letters, Optional<ReceivedLetter> response, LocalDate day) {
        return response.filter(r -> !r.received().isAfter(day)).isPresent()
                || letters.stream().anyMatch(l -> l.step() == Step.ICE && !l.written().isAfter(day));
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
}
