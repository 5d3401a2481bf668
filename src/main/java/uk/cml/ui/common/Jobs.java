package uk.cml.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where a page model sends its database and file work: in the app, {@link Background} (off the JavaFX thread,
 * answers back on it); in a model's test, the test's own thread, so the model is tried without a window.
 */
public interface Jobs {

    /** Runs {@code work}, then {@code onSuccess} with its result or {@code onError} with what it threw. */
    <T> void start(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);
}
