package uk.cml.domain.standing;

import java.util.Optional;

/**
 * What a time limit in the facts table counts, read from the end of its key ({@code complaint.reply.working_days},
 * {@code write_off.reply.days}, {@code arrears_breakdown.weeks}, {@code ice.months}), with the range a corrected
 * figure must fall in: wide enough for any figure a source gives, narrow enough to catch a slip of the keyboard.
 */
public enum FactUnit {
    WORKING_DAYS(".working_days", 1, 60),
    DAYS(".days", 1, 365),
    WEEKS(".weeks", 1, 52),
    MONTHS(".months", 1, 36);

    private final String ending;
    private final int least;
    private final int most;

    FactUnit(String ending, int least, int most) {
        this.ending = ending;
        this.least = least;
        this.most = most;
    }

    public int least() {
        return least;
    }

    public int most() {
        return most;
    }

    /** The unit a fact's key names, or empty for a fact that is no time limit (an enforcement step's name). */
    public static Optional<FactUnit> of(String key) {
        for (FactUnit unit : values()) {
            if (key.endsWith(unit.ending)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
