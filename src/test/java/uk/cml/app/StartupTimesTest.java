package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StartupTimesTest {

    /**
     * The phase log's first figure ("JVM to main") is only true if the process's start is: ProcessHandle's start
     * instant was 0.6 s early on Linux (boot time kept to the whole second). A child process cannot have started
     * before it was asked to start, nor after its own main began. Up to 50 ms early is allowed: the uptime and the
     * start are each kept to a 10 ms tick, and a busy machine was seen 17 ms out; the old error was 600 ms.
     */
    @Test
    void aProcessStartsAfterItWasAskedToAndBeforeItsMain() throws Exception {
        Instant asked = Instant.now();

        ChildJvm.Ended child = ChildJvm.run(PrintStart.class);

        assertEquals(0, child.exitCode(), child.output());
        String[] times = child.output().strip().split(" ");
        Instant started = Instant.ofEpochMilli(Long.parseLong(times[0]));
        Instant inMain = Instant.ofEpochMilli(Long.parseLong(times[1]));
        assertFalse(started.isBefore(asked.minusMillis(50)), "started " + started + ", asked at " + asked);
        assertFalse(started.isAfter(inMain.plusMillis(20)), "started " + started + ", main at " + inMain);
    }

    /** The child: prints when it worked out its process started, and when its main began. */
    static final class PrintStart {
        public static void main(String[] args) {
            long inMain = System.currentTimeMillis();
            System.out.println(StartupTimes.processStart().toEpochMilli() + " " + inMain);
        }
    }
}
