package uk.cml.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Remembers when the parent last pressed a key or moved the mouse, by the app's clock, so tests never sleep. */
public final class IdleWatch {

    private final Clock clock;
    private final Supplier<Duration> limit;
    private Instant lastActivity;

    /** @param limit read each time, so a change in Settings takes effect at once */
    public IdleWatch(Clock clock, Supplier<Duration> limit) {
        this.clock = clock;
        this.limit = limit;
        this.lastActivity = clock.instant();
    }

    public void activity() {
        lastActivity = clock.instant();
    }

    public boolean isIdle() {
        return !clock.instant().isBefore(lastActivity.plus(limit.get()));
    }
}
