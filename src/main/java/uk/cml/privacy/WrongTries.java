package uk.cml.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passcodes in a row. The first five cost nothing; from then on each wrong try makes the next one wait,
 * 30 seconds doubling up to 15 minutes, so guessing by hand soon becomes hopeless while a parent who mistypes
 * a few times is never held up.
 *
 * @param count     wrong tries since the last right one
 * @param lastWrong when the latest wrong try was made
 */
public record WrongTries(int count, Optional<Instant> lastWrong) {

    public static final int FREE_TRIES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final WrongTries NONE = new WrongTries(0, Optional.empty());

    public WrongTries {
        count = Math.max(0, count);
        lastWrong = lastWrong == null ? Optional.empty() : lastWrong;
    }

    public WrongTries oneMore(Instant now) {
        return new WrongTries(count + 1, Optional.of(now));
    }

    /** How long after the latest wrong try the next try is allowed: zero for the first five. */
    public Duration waitAfterLast() {
        if (count < FREE_TRIES || lastWrong.isEmpty()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_TRIES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The moment the next try is allowed, if it is not allowed yet. */
    public Optional<Instant> mustWaitUntil(Instant now) {
        if (lastWrong.isEmpty()) {
            return Optional.empty();
        }
        Instant allowed = lastWrong.get().plus(waitAfterLast());
        return allowed.isAfter(now) ? Optional.of(allowed) : Optional.empty();
    }

    /** Free tries left before a wait begins. */
    public int freeTriesLeft() {
        return Math.max(0, FREE_TRIES - count);
    }
}
