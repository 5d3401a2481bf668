package uk.cml.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.scene.Scene;
import uk.cml.ui.common.NextLayout;

/**
 * How long each phase of start-up took, logged as one line once the first frame is on screen, so a slow start can be
 * traced to its phase. Times are from the process's start (java.base only, so it works in the trimmed runtime the
 * installers bundle). Marks may come from any thread.
 */
final class StartupTimes {

    /** Set by {@link Main} as it starts, so the JVM's own start-up can be told apart from the app's. */
    static final String MAIN_ENTERED = "cml.startup.main";

    private static final Logger LOG = Logger.getLogger(StartupTimes.class.getName());

    private final Instant processStart;
    private final List<String> phases = new ArrayList<>();
    private Instant last;

    StartupTimes() {
        this(true);
    }

    private StartupTimes(boolean javaFxStarted) {
        processStart = processStart();
        last = processStart;
        Optional.ofNullable(System.getProperty(MAIN_ENTERED)).map(Long::valueOf).map(Instant::ofEpochMilli)
                .ifPresent(main -> mark("JVM to main", main));
        if (javaFxStarted) {
            mark("JavaFX started");
        }
    }

    /**
     * Made in {@code main}, before JavaFX starts ({@link EarlyOpening}): the window marks "JavaFX started" itself.
     * The phases of the records' opening then run beside JavaFX's start, and each phase's figure is the time since
     * the mark before it, on whichever thread.
     */
    static StartupTimes beforeJavaFx() {
        return new StartupTimes(false);
    }

    /**
     * On Linux, from the process's age: {@code ProcessHandle}'s start instant adds the boot time, which Linux gives
     * only to the whole second, so there it is up to a second early (measured 0.6 s early on 1 Dec 2026, which made
     * "JVM to main" read 0.9 s for a JVM that took 0.3 s). The age is the system's uptime less the process's start
     * in clock ticks (100 a second on Linux).
     */
    static Instant processStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            // The clock is read straight after the uptime it is set against: read first, the first file read's
            // own start-up (tens of milliseconds on a busy machine) made the process seem to start that much early.
            Instant now = Instant.now();
            long upMillis = Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
            return now.minusMillis(upMillis - startTicks * 10);
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
    }

    synchronized void mark(String phase) {
        mark(phase, Instant.now());
    }

    private synchronized void mark(String phase, Instant at) {
        phases.add(phase + " " + Duration.between(last, at).toMillis() + " ms");
        last = at;
    }

    /** After the next pulse has laid out and drawn the scene: the first frame the parent sees of their records. */
    void logWhenLaidOut(Scene scene) {
        NextLayout.then(scene, () -> LOG.info("Window ready " + finish("first frame laid out")
                + " ms after the app started"));
    }

    /** Marks the last phase and logs them all. Returns the milliseconds from the process's start. */
    synchronized long finish(String finalPhase) {
        mark(finalPhase);
        long total = Duration.between(processStart, last).toMillis();
        LOG.info("Start-up: " + String.join("; ", phases) + " (" + total + " ms after the process started)");
        return total;
    }
}
