package uk.cml.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cml.safety.CheckReport;
import uk.cml.safety.RecordsSafety;
import uk.cml.ui.common.Background;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.StartCheckModel;

/**
 * Check records, made once by itself after the app has opened, so that a change made outside the app (a record edited
 * with another program, a stored file replaced) is found without the parent having to ask; what it found goes to the
 * banner's model ({@link StartCheckModel}). It begins once start-up is over ({@link StartupTrim}: the Overview has
 * been drawn with its figures, the compiler let go), before start-up's memory is handed back, so the check's goes back
 * with it (begun after, it left the app 22 MB larger when idle: measured 4 Dec 2026); runs quietly on the background's long-work
 * thread at the lowest priority, and reads the records on a connection of its own (a read, which never makes the
 * parent's saves wait: the records are kept with a write-ahead log). It stops between stored files when the app
 * closes.
 */
final class StartCheck {

    private static final Logger LOG = Logger.getLogger(StartCheck.class.getName());

    private final RecordsSafety safety;
    private final Background background;
    private final StartCheckModel model;
    private final Clock clock;
    private volatile boolean stopped;
    private boolean begun;
    private LocalDateTime checkedAt;

    StartCheck(RecordsSafety safety, Background background, StartCheckModel model, Clock clock) {
        this.safety = safety;
        this.background = background;
        this.model = model;
        this.clock = clock;
    }

    /** What the check found and when, as they were. */
    private record Checked(CheckReport report, List<String> toldWhenFound, LocalDateTime at) {
    }

    /** Thrown between files once the app is closing: never shown, the check just ends. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Call on the FX thread; only the first call checks. {@code then} runs once the check has ended, however it ended
     * (start-up's memory is handed back then, the check's with it).
     */
    void begin(Runnable then) {
        if (begun) {
            then.run();
            return;
        }
        begun = true;
        long started = System.nanoTime();
        background.runQuietly(() -> {
            long cpuBefore = threadCpuNanos();
            CheckReport report = safety.check((done, total, step) -> {
                if (stopped) {
                    throw new Stopped();
                }
            });
            Checked checked = new Checked(report, safety.toldWhenFound(), LocalDateTime.now(clock));
            long cpu = threadCpuNanos() - cpuBefore;
            LOG.info("Checked the records after opening in " + (System.nanoTime() - started) / 1_000_000 + " ms"
                    + (cpuBefore < 0 ? "" : " (" + cpu / 1_000_000 + " ms of processor time)") + ": "
                    + report.problems().size() + " not matching, " + report.documents() + " stored files");
            return checked;
        }, checked -> {
            then.run();
            checkedAt = checked.at();
            model.checked(checked.report(), checked.toldWhenFound());
        }, error -> {
            then.run();
            if (!(error instanceof Stopped)) {
                LOG.log(Level.WARNING, "The check after opening could not be made", error);
            }
            model.couldNotCheck();
        });
    }

    /** The app is closing: the check stops at the next stored file, so closing does not wait for it. */
    void stop() {
        stopped = true;
    }

    /** Check records, with what this check found. Only once it has found something. */
    Destination destination() {
        return new Destination.CheckRecordsFound(model.report().orElseThrow(), checkedAt);
    }

    /** This thread's processor time, or -1 where the runtime has no management (the installers' trimmed one). */
    private static long threadCpuNanos() {
        try {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        } catch (LinkageError noManagement) {
            return -1;
        }
    }
}
