package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds a page model's work until the test lets it go, as a slow disk would; then runs it on the test's thread. */
public final class HeldJobs implements Jobs {

    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void start(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        held.add(() -> new InlineJobs().start(work, onSuccess, onError));
    }

    /** Runs the work held so far, in the order asked. */
    public void release() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
