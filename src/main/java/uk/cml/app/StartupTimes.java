package uk.cml.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.scene.Scene;

/**
 * How long each phase of start-up took, logged as one line once the first frame is on screen, so a slow start can be
 * traced to its phase. Times are from the process's start (ProcessHandle: java.base only, so it works in the trimmed
 * runtime the installers bundle). Marks may come from any thread.
 */
final class StartupTimes {

    /** Set by {@link Main} as it starts, so the JVM's own start-up can be told apart from the app's. */
    static final String MAIN_ENTERED = "cml.startup.main";

    private static final Logger LOG = Logger.getLogger(StartupTimes.class.getName());

    private final Instant processStart;
    private final List<String> phases = new ArrayList<>();
    private Instant last;

    StartupTimes() {
        processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        last = processStart;
        Optional.ofNullable(System.getProperty(MAIN_ENTERED)).map(Long::valueOf).map(Instant::ofEpochMilli)
                .ifPresent(main -> mark("JVM to main", main));
        mark("JavaFX started");
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
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.info("Window ready " + finish("first frame laid out") + " ms after the app started");
            }
        });
    }

    /** Marks the last phase and logs them all. Returns the milliseconds from the process's start. */
    synchronized long finish(String finalPhase) {
        mark(finalPhase);
        long total = Duration.between(processStart, last).toMillis();
        LOG.info("Start-up: " + String.join("; ", phases) + " (" + total + " ms after the process started)");
        return total;
    }
}
