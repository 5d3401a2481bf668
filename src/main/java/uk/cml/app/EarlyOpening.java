package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The records opened on their own thread from {@code main}, while JavaFX starts. JavaFX takes most of a second to
 * start and opening the records (SQLite, the migration check, the journal) about as long; one after the other they
 * were the longest part of the wait for the first frame (phase log, 1 Dec 2026).
 *
 * <p>JavaFX makes the {@link CmlApplication} itself, so no constructor of ours can be given this. Main hands it over
 * through {@link #handOver} just before the launch and the application takes it once as it starts: the one static in
 * the wiring, and nothing else reads it.
 */
final class EarlyOpening {

    private static final Logger LOG = Logger.getLogger(EarlyOpening.class.getName());
    private static final AtomicReference<EarlyOpening> HANDED_OVER = new AtomicReference<>();

    final Path dataFolder;
    final StartupTimes times;
    /** Empty when another copy of the app has these records open (it has been asked to come forward). */
    final CompletableFuture<Optional<RecordsOpening>> opening;

    private EarlyOpening(Path dataFolder, StartupTimes times, CompletableFuture<Optional<RecordsOpening>> opening) {
        this.dataFolder = dataFolder;
        this.times = times;
        this.opening = opening;
    }

    /** Starts opening the records in the folder at once, on a thread of its own. */
    static EarlyOpening start(Path dataFolder, Clock clock, StartupTimes times) {
        CompletableFuture<Optional<RecordsOpening>> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(RecordsOpening.open(dataFolder, clock, times));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "cml-opening");
        thread.start();
        return new EarlyOpening(dataFolder, times, opening);
    }

    static void handOver(EarlyOpening early) {
        HANDED_OVER.set(early);
    }

    /** What Main started, once; empty when the application was launched some other way (as tests do). */
    static Optional<EarlyOpening> take() {
        return Optional.ofNullable(HANDED_OVER.getAndSet(null));
    }

    /**
     * When the window never opened (no screen): waits for the opening to finish, since a schema upgrade must never be
     * cut off, then closes the records again.
     */
    void closeUnused() {
        try {
            opening.get().ifPresent(opened -> opened.services().close());
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "The records had not opened either", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
