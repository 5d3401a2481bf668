package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One fact about the CMS the page relies on (a target, a time limit, the name of an enforcement step), kept as data
 * the parent can see with where it came from and when it was last checked.
 */
public record CmsFact(String key, String label, String value, String source, Optional<LocalDate> lastChecked) {

    /** What the fact counts when it is a time limit (its key says); empty for a name such as a step's. */
    public Optional<FactUnit> unit() {
        return FactUnit.of(key);
    }

    /** The value as a whole number, for targets and limits; the fallback if it is not one. */
    public int number(int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
