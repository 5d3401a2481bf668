package uk.cml.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries what {@link Window} started before JavaFX (the records' opening and the start-up's clock of phases) to the
 * {@link CmlApplication} that JavaFX then constructs itself: {@code Application.launch} takes a class, not an object,
 * so this one hand-over is the only state kept between them, given once and taken once. (Starting JavaFX with
 * {@code Platform.startup} and an object instead was tried: the window then lost its application name, which Linux
 * desktops match against the installed menu entry, StartupWMClass, to show the app's icon.)
 */
final class LaunchHandover {

    private static final AtomicReference<LaunchHandover> NEXT = new AtomicReference<>();

    private final StartupTimes times;
    private final RecordsAhead ahead;

    private LaunchHandover(StartupTimes times, RecordsAhead ahead) {
        this.times = times;
        this.ahead = ahead;
    }

    /** Called once, before JavaFX starts. {@code ahead} may be null: the records then open after JavaFX started. */
    static void give(StartupTimes times, RecordsAhead ahead) {
        NEXT.set(new LaunchHandover(times, ahead));
    }

    /** Takes what was given, once; empty when nothing was (a window made without {@link Window}). */
    static Optional<LaunchHandover> take() {
        return Optional.ofNullable(NEXT.getAndSet(null));
    }

    StartupTimes times() {
        return times;
    }

    /** The records' opening, or null when they open after JavaFX started. */
    RecordsAhead ahead() {
        return ahead;
    }
}
