package uk.cml.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * Sets, checks and removes the passcode, counting wrong tries in the privacy file. Checking is slow on purpose
 * (see {@link PasscodeHash}): call it off the JavaFX thread.
 */
public final class Passcodes {

    public static final int SHORTEST = 4;

    /** What a try at the passcode came to. */
    public sealed interface Attempt {
        /** Right, or no passcode is set: the app may open. */
        record Opened() implements Attempt { }

        /** Wrong. {@code freeTriesLeft} more may be made before a wait; {@code nextTryAt} is set once there is one. */
        record Wrong(int freeTriesLeft, Optional<Instant> nextTryAt) implements Attempt { }

        /** Not checked: too many wrong tries, and the wait is not over. */
        record TooSoon(Instant nextTryAt) implements Attempt { }
    }

    private final PrivacyFile file;
    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;
    private PrivacyPreferences preferences;

    public Passcodes(PrivacyFile file, Clock clock) {
        this(file, clock, new SecureRandom(), PasscodeHash.ITERATIONS);
    }

    /** @param iterations fewer only in tests that would otherwise spend minutes hashing */
    public Passcodes(PrivacyFile file, Clock clock, SecureRandom random, int iterations) {
        this.file = file;
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
        this.preferences = file.load();
    }

    /** The file the passcode is kept in: deleting it (with the app closed) takes the passcode away. */
    public java.nio.file.Path file() {
        return file.path();
    }

    public synchronized PrivacyPreferences preferences() {
        return preferences;
    }

    public synchronized boolean isSet() {
        return preferences.hasPasscode();
    }

    public synchronized Attempt tryPasscode(char[] attempt) {
        Optional<PasscodeHash> hash = preferences.passcode();
        if (hash.isEmpty()) {
            return new Attempt.Opened();
        }
        Instant now = clock.instant();
        Optional<Instant> wait = preferences.wrongTries().mustWaitUntil(now);
        if (wait.isPresent()) {
            return new Attempt.TooSoon(wait.get());
        }
        if (hash.get().matches(attempt)) {
            if (preferences.wrongTries().count() > 0) {
                save(preferences.withWrongTries(WrongTries.NONE));
            }
            return new Attempt.Opened();
        }
        WrongTries tries = preferences.wrongTries().oneMore(now);
        save(preferences.withWrongTries(tries));
        return new Attempt.Wrong(tries.freeTriesLeft(), tries.mustWaitUntil(now));
    }

    /** A plain-English reason the passcode cannot be used, or empty when it can. */
    public static Optional<String> problemWith(String passcode, String repeated) {
        if (passcode == null || passcode.strip().length() < SHORTEST) {
            return Optional.of(Words.text("privacy.passcode.tooShort", SHORTEST));
        }
        if (!passcode.equals(repeated)) {
            return Optional.of(Words.text("privacy.passcode.notTheSame"));
        }
        return Optional.empty();
    }

    /** Sets or replaces the passcode; wrong tries start again from none. */
    public synchronized void set(char[] passcode) {
        save(preferences.withPasscode(Optional.of(PasscodeHash.of(passcode, random, iterations))));
    }

    public synchronized void remove() {
        save(preferences.withPasscode(Optional.empty()));
    }

    public synchronized void setIdleLimit(Duration limit) {
        save(preferences.withIdleLimit(limit));
    }

    public synchronized void setNeutralTitle(boolean neutral) {
        save(preferences.withNeutralTitle(neutral));
    }

    private void save(PrivacyPreferences changed) {
        file.save(changed);
        preferences = changed;
    }
}
