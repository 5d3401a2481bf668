package uk.cml.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs a page model's work at once on the test's thread, so a model is tried without a window. */
public final class InlineJobs implements Jobs {

    @Override
    public <T> void start(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
