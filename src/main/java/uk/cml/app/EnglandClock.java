package uk.cml.app;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The app's one clock: the machine's instant, read on England's calendar and wall clock. Dues, deadlines and "today"
 * are England's, so a computer set to UTC or to another country's time still gives the day a parent in England is
 * living (at 00:30 on a summer night in England, a UTC machine is still on the day before). Made once by each way
 * in, the window ({@link CmlApplication}) and the commands ({@link Main}), and handed on by constructor.
 */
final class EnglandClock {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private EnglandClock() {
    }

    /** The app's clock for this run. */
    static Clock system() {
        return of(Clock.systemUTC());
    }

    /** The machine's clock, whatever its zone, told in England's time. */
    static Clock of(Clock machine) {
        return machine.withZone(ENGLAND);
    }
}
