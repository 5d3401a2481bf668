package uk.cml.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import java.util.List;

/**
 * The one place slow work runs: database, files and PDFs never run on the JavaFX thread.
 * Results and errors come back on the JavaFX thread.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();

    public Background() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "cml-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught in " + t.getName(), e));
            return thread;
        };
        executor = Executors.newFixedThreadPool(2, threads);
    }

    /** Runs work off the JavaFX thread; then calls onSuccess or onError on it. Returns the task for progress. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return run(task, onSuccess, onError);
    }

    /** Runs a task that reports its own progress (long work shows a progress bar). */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        counted(+1);
        // Handlers, not setOn...: a page may set its own on-cancelled (the evidence pack's Cancel).
        for (var ended : List.of(WorkerStateEvent.WORKER_STATE_SUCCEEDED, WorkerStateEvent.WORKER_STATE_FAILED,
                WorkerStateEvent.WORKER_STATE_CANCELLED)) {
            task.addEventHandler(ended, e -> counted(-1));
        }
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.log(Level.WARNING, "Background work failed", error);
            onError.accept(error);
        });
        executor.execute(task);
        return task;
    }

    /** How many pieces of work are queued or running, for the status bar; changes on the JavaFX thread. */
    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    private void counted(int change) {
        if (Platform.isFxApplicationThread()) {
            running.set(running.get() + change);
        } else {
            Platform.runLater(() -> running.set(running.get() + change));
        }
    }

    /** Lets queued saves finish before the app exits, so closing the window never loses a change. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
