package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import uk.cml.domain.Words;

/**
 * One fact about the CMS the page relies on (a target, a time limit, the name of an enforcement step), kept as data
 * the parent can see with where it came from and when it was last checked. {@code label} is the table's own English
 * description, kept as stored but not shown: what a fact means is in the words bundle ({@link #meaning()}).
 */
public record CmsFact(String key, String label, String value, String source, Optional<LocalDate> lastChecked) {

    /** What the fact counts when it is a time limit (its key says); empty for a name such as a step's. */
    public Optional<FactUnit> unit() {
        return FactUnit.of(key);
    }

    /** The value as a whole number, for targets and limits; empty if it is not one. */
    public OptionalInt whole() {
        try {
            return OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * What the fact is, in plain words from the words bundle: a time limit's meaning, or "Enforcement step 3" for a
     * step's name. A row this version of the app does not know (nothing counts with it) keeps the table's label.
     */
    public String meaning() {
        Optional<TimeLimit> limit = TimeLimit.of(key);
        if (limit.isPresent()) {
            return limit.get().meaning();
        }
        return step().map(step -> Words.text("standing.facts.stepNumber", step.ordinal() + 1)).orElse(label);
    }

    /** The enforcement step this row names, if it is one. */
    public Optional<EnforcementStep> step() {
        return stepOf(key);
    }

    private static Optional<EnforcementStep> stepOf(String key) {
        for (EnforcementStep step : EnforcementStep.values()) {
            if (key.equals("step." + step.name())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
