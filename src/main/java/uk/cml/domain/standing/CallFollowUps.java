package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;

/**
 * Whether the day a parent set on a call to follow it up ("Follow up on", her own reminder) is still to act on: the
 * one rule for the Overview's "Follow up your call of ..." and Where it stands' date to watch, so the two never
 * disagree. It is done when she ticks "I have followed this up", and also:
 * <ul>
 * <li>once a letter naming the call as the one it confirms is posted (the app's letter confirming a call, or one she
 * logged as following it up): the letter was the follow-up. Nothing is lost: a promise noted on the call stays a date
 * to watch and chase ({@link Call#promiseToChase}) unless a posted letter raised it ({@link PromisesRaised}), and
 * the letter's own reply date is watched. A letter made but not posted does not count: the call is not followed up
 * until it goes. (A reviewer saw "Follow up your call of 12 Nov 2026" on both pages after the letter confirming it
 * was posted and the promise marked kept.)</li>
 * <li>once she ticks "They did what they promised": what there was to check is done.</li>
 * </ul>
 */
public final class CallFollowUps {

    private CallFollowUps() {
    }

    /** The calls a posted letter names as the call it confirms (its {@link SentLetter#confirmsCall}). */
    public static Set<Long> confirmedInWriting(List<SentLetter> sent) {
        return sent.stream().filter(SentLetter::isPosted).map(SentLetter::confirmsCall).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /**
     * The day the parent chose to follow {@code call} up, while that is still to do: not ticked done, its promise not
     * marked kept, and no posted letter confirming it ({@code confirmedInWriting}, from {@link #confirmedInWriting}).
     */
    public static Optional<LocalDate> due(Call call, Set<Long> confirmedInWriting) {
        return call.followUpOn().filter(on -> !call.followUpDone() && !call.promiseKept()
                && !confirmedInWriting.contains(call.id()));
    }
}
