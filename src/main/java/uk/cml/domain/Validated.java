package uk.cml.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * Either a value read from what a parent typed, or one plain-English sentence saying what is
 * wrong with it, to show beside the field.
 */
public final class Validated<T> {

    private final T value;
    private final String problem;

    private Validated(T value, String problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Validated<T> ok(T value) {
        return new Validated<>(value, null);
    }

    public static <T> Validated<T> problem(String message) {
        return new Validated<>(null, message);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value; only call when {@link #isOk()}. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return value;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public <R> Validated<R> map(Function<T, R> mapper) {
        return isOk() ? ok(mapper.apply(value)) : problem(problem);
    }
}
