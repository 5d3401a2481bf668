package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The records opened from {@link Main} on a thread of their own while JavaFX starts, rather than after it: SQLite's
 * library loaded, the records' check, the schema and journal checks, the cases and settings read, then the first
 * page's figures read ahead. Measured on 5 Dec 2026 (2 cores): that is about 160 ms of one thread's processor time
 * and 300 ms of waiting on a start, which JavaFX's own start (about 300 ms, mostly its libraries loading and the
 * display's connection) now covers. {@link Startup} takes the result in place of opening the records itself, with
 * every outcome as before: another copy has them open (that copy is asked to come forward), a command holds them, or
 * they could not be opened (its message).
 */
final class EarlyOpening {

    private static final Logger LOG = Logger.getLogger(EarlyOpening.class.getName());
    /**
     * The opening started by this process's {@link Main}, until the window takes it. The one hand-over by a static:
     * JavaFX makes the Application itself, so {@code main} cannot give it anything by its constructor.
     */
    private static final AtomicReference<EarlyOpening> STARTED = new AtomicReference<>();

    private final Path dataFolder;
    private final StartupTimes times;
    private final CompletableFuture<Optional<RecordsOpening>> opening = new CompletableFuture<>();
    private final CompletableFuture<Void> readAhead = new CompletableFuture<>();

    private EarlyOpening(Path dataFolder, StartupTimes times) {
        this.dataFolder = dataFolder;
        this.times = times;
    }

    /**
     * Starts opening the records in {@code dataFolder} at once, and reading the figures of {@code firstPage} (a
     * sidebar key) ahead once they are open, for the window to take with {@link #take}.
     */
    static EarlyOpening start(Path dataFolder, Clock clock, String firstPage) {
        EarlyOpening early = new EarlyOpening(dataFolder, StartupTimes.beforeJavaFx());
        Thread thread = new Thread(() -> early.open(clock, firstPage), "cml-opening");
        thread.setDaemon(true);
        thread.start();
        STARTED.set(early);
        return early;
    }

    /** The opening {@link #start} began for this data folder, once: the window that opens on it takes it. */
    static Optional<EarlyOpening> take(Path dataFolder) {
        EarlyOpening early = STARTED.get();
        if (early == null || !early.dataFolder.equals(dataFolder) || !STARTED.compareAndSet(early, null)) {
            return Optional.empty();
        }
        return Optional.of(early);
    }

    private void open(Clock clock, String firstPage) {
        RecordsOpening opened;
        try {
            opened = RecordsOpening.open(dataFolder, clock, times).orElse(null);
            opening.complete(Optional.ofNullable(opened));
        } catch (Throwable e) {
            opening.completeExceptionally(e);
            readAhead.complete(null);
            return;
        }
        try {
            if (opened != null) {
                opened.readAhead(firstPage, LocalDate.now(clock));
                times.mark("first page's figures read ahead");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the first page's figures ahead", e);
        } finally {
            readAhead.complete(null);
        }
    }

    /**
     * JavaFX could not start: closes the records this opened, unless a window took them (its own closing does).
     * Waits for the opening to end first.
     */
    void closeUntaken() {
        if (!STARTED.compareAndSet(this, null)) {
            return;
        }
        try {
            readAhead();
            opened().ifPresent(opened -> opened.services().close());
        } catch (Exception e) {
            // Nothing was opened, or it was closed by its own failure.
        }
    }

    /** The phases' times, which the window carries on. */
    StartupTimes times() {
        return times;
    }

    /**
     * Waits for the records to be open, as {@link RecordsOpening#open} would give them: empty when another copy of the
     * app has them open, or what it threw.
     */
    Optional<RecordsOpening> opened() throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits until the first page's figures have been read ahead (or could not be, or there was nothing to read). */
    void readAhead() throws InterruptedException {
        try {
            readAhead.get();
        } catch (ExecutionException e) {
            // Never completed with an error.
        }
    }
}
