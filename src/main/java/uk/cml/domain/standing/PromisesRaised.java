package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;

/**
 * The calls whose passed promise a letter the parent posted to the CMS has already raised. The complaint and the
 * request to enforce print one line for each promise not kept ("30 Sep 2026: when I phoned you, I understood from
 * Priya (Direct Pay team) that you would do this by 14 Oct 2026: ...", or in letters posted before, "... Priya (Direct
 * Pay team) told me you would do this by 14 Oct 2026: ..."); after such a letter was posted, the Overview and Where it
 * stands still said "Chase it" for the same promise, and a reviewer would have phoned or written again about what her
 * letter already said. The letter's reply date is watched instead. Read from the words the letter printed, not its
 * kind: a parent who took the line out of the letter has not raised it. A letter printed before the lines had this
 * form is not counted, so its promise stays to chase, as before.
 */
public final class PromisesRaised {

    /** Whether a letter's printed words hold the line of the promise made on a call of {@code called}, due by {@code by}. */
    @FunctionalInterface
    public interface Names {
        boolean promise(SentLetter letter, LocalDate called, LocalDate by);
    }

    /** For a store that is not told how to read letters: no letter names a promise. */
    public static final Names NONE = (letter, called, by) -> false;

    private PromisesRaised() {
    }

    /** @param names how a posted letter's printed words are read for a promise's line (the letters layer's rule) */
    public static Set<Long> callIds(List<Call> calls, List<SentLetter> sent, Names names) {
        return new HashSet<>(raisedIn(calls, sent, names).keySet());
    }

    /**
     * The same calls, each with the first posted letter that raised its promise (the earliest written, then the
     * earliest posted): the Calls list says which letter, where the Overview and Where it stands leave the promise out.
     *
     * @param names how a posted letter's printed words are read for a promise's line (the letters layer's rule)
     */
    public static Map<Long, SentLetter> raisedIn(List<Call> calls, List<SentLetter> sent, Names names) {
        Map<Long, SentLetter> raised = new HashMap<>();
        for (Call call : calls) {
            call.promiseToChase().ifPresent(by -> {
                LocalDate called = call.happenedAt().toLocalDate();
                sent.stream().filter(l -> l.isPosted() && l.to().isTheCms()
                        && l.written().isAfter(by) && !l.written().isBefore(called) && names.promise(l, called, by))
                        .min(Comparator.comparing(SentLetter::written)
                                .thenComparing(l -> l.posted().orElseThrow()).thenComparing(SentLetter::id))
                        .ifPresent(letter -> raised.put(call.id(), letter));
            });
        }
        return raised;
    }

    /**
     * A promise made on a call whose day has passed with it neither marked kept nor followed up ({@link
     * Call#promiseLate}), the Calls list's "Promised date passed" chip, with the posted letter that already raised it
     * with the CMS, if one did (its "Raised in letter of ..." chip).
     *
     * @param by       the day it was promised by
     * @param raisedIn the first posted letter that raised it ({@link #raisedIn}), if any
     */
    public record NotKept(Call call, LocalDate by, Optional<SentLetter> raisedIn) {
        public NotKept {
            java.util.Objects.requireNonNull(call, "call");
            java.util.Objects.requireNonNull(by, "by");
            raisedIn = raisedIn == null ? Optional.empty() : raisedIn;
        }
    }

    /**
     * The promises not kept on {@code today}, by the rule the Calls list flags them by, each with the letter that
     * raised it ({@code raisedIn}, from {@link #raisedIn}), oldest call first: what the pack's "Where things stand"
     * says, as the Calls list and Where it stands page show it.
     */
    public static List<NotKept> notKept(List<Call> calls, Map<Long, SentLetter> raisedIn, LocalDate today) {
        return calls.stream().filter(c -> c.promiseLate(today))
                .sorted(Comparator.comparing(Call::happenedAt).thenComparing(Call::id))
                .map(c -> new NotKept(c, c.promiseToChase().orElseThrow(), Optional.ofNullable(raisedIn.get(c.id()))))
                .toList();
    }
}
