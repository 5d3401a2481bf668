package uk.cml.ui.common;

import java.util.List;
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

/**
 * The one place slow work runs: database, files and PDFs never run on the JavaFX thread.
 * Results and errors come back on the JavaFX thread.
 *
 * <p>Short work runs on one thread, in the order it was asked for, so two quick saves of one thing land in
 * that order (two threads sharing one connection could swap them). Long work that reports progress (a backup,
 * a check, a pack) has a thread of its own, so it never holds up a save.
 */
public final class Background implements Jobs, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private final ExecutorService writer;
    private final ExecutorService longWork;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Task<?>> longTask =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public Background() {
        writer = Executors.newSingleThreadExecutor(named("cml-writer"));
        longWork = Executors.newSingleThreadExecutor(named("cml-long-work"));
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Uncaught in " + t.getName(), e));
            return thread;
        };
    }

    /** Runs work off the JavaFX thread, after all work asked for before it; then onSuccess or onError on it. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(writer, task, onSuccess, onError);
    }

    @Override
    public <T> void start(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        run(work, onSuccess, onError);
    }

    /** Runs a long task that reports its own progress (shown as a progress bar) beside the short work. */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        submit(longWork, task, onSuccess, onError);
        onFxThread(() -> {
            if (!task.isDone()) {
                longTask.set(task);
            }
        });
        task.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                longTask.set(task);
            } else if (longTask.get() == task) {
                longTask.set(null);
            }
        });
        return task;
    }

    /**
     * Runs work nobody asked for and nobody waits on (the check made after the app opens) on the long work's thread,
     * after the long work asked for before it, at the lowest thread priority while it runs. Not counted as work under
     * way, so the status bar stays quiet; the parent's own long work asked for meanwhile waits until it ends, so it
     * should end early when asked (the check does, between files). Then onSuccess or onError on the JavaFX thread.
     */
    public <T> Task<T> runQuietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Thread thread = Thread.currentThread();
                int priority = thread.getPriority();
                thread.setPriority(Thread.MIN_PRIORITY);
                try {
                    return work.call();
                } finally {
                    thread.setPriority(priority);
                }
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        try {
            longWork.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException afterClose) {
            task.cancel();
        }
        return task;
    }

    /** The long task under way, if any: its message and progress show in the status bar. On the JavaFX thread. */
    public javafx.beans.property.ReadOnlyObjectProperty<Task<?>> longTask() {
        return longTask.getReadOnlyProperty();
    }

    private <T> Task<T> submit(ExecutorService executor, Task<T> task, Consumer<T> onSuccess,
                               Consumer<Throwable> onError) {
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
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException afterClose) {
            // Asked for after close (a window's last move, a draft's pause ending as the app exits): there is no
            // app left to do it for. Said in the log, never thrown onto the JavaFX thread.
            LOG.info("Background work asked for after close was not started");
            task.cancel();
        }
        return task;
    }

    /** How many pieces of work are queued or running, for the status bar; changes on the JavaFX thread. */
    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    private void counted(int change) {
        onFxThread(() -> running.set(running.get() + change));
    }

    private static void onFxThread(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }

    /** Lets queued saves finish before the app exits, so closing the window never loses a change. */
    @Override
    public void close() {
        writer.shutdown();
        longWork.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS) || !longWork.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
