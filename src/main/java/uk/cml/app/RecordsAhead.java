package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the records on a thread of its own from the moment the app starts, while JavaFX starts its toolkit, instead of
 * after it: the two took turns before (JavaFX's start 0.5-0.8 s, then the records' folder, lock, database and figures
 * 0.5-1.1 s in a plain-jar start on 2 cores), though the toolkit's start leaves the second core mostly idle.
 * {@link Startup} takes what it opened through {@link #take()}, on its background thread, exactly as it would have
 * opened it there.
 */
final class RecordsAhead {

    private static final Logger LOG = Logger.getLogger(RecordsAhead.class.getName());
    /** How long a window that could not open waits for the opening to finish before it lets go of the records. */
    private static final long FINISH_SECONDS = 60;

    private final CompletableFuture<Optional<RecordsOpening>> opening = new CompletableFuture<>();

    private RecordsAhead() {
    }

    /** Starts opening the records in {@code dataFolder} now. */
    static RecordsAhead start(Path dataFolder, Clock clock, StartupTimes times) {
        RecordsAhead ahead = new RecordsAhead();
        Thread thread = new Thread(() -> {
            try {
                ahead.opening.complete(RecordsOpening.open(dataFolder, clock, times));
            } catch (Exception | LinkageError | OutOfMemoryError e) {
                ahead.opening.completeExceptionally(e);
            }
        }, "cml-records-ahead");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** Waits for the opening: what {@link RecordsOpening#open} returned, or what it threw. Off the FX thread. */
    Optional<RecordsOpening> take() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * When the window could not open at all: lets the opening finish (never a migration cut off half way) and closes
     * the records, so their lock is free for the next start.
     */
    void abandon() {
        try {
            opening.get(FINISH_SECONDS, TimeUnit.SECONDS).ifPresent(opened -> opened.services().close());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.FINE, "The records were not open to close", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
