package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StartupTimesTest {

    /**
     * The phase log's first figure ("JVM to main") is only true if the process's start is: ProcessHandle's start
     * instant was 0.6 s early on Linux (boot time kept to the whole second). The JVM's own start time is taken just
     * after the process began, so the two must be close; a second apart means the log is misleading again.
     */
    @Test
    void theProcessStartIsWithinAFewTicksOfTheJvmsOwnStart() {
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant processStart = StartupTimes.processStart();

        assertTrue(!processStart.isAfter(jvmStart.plusMillis(20)), "process start " + processStart
                + " is after the JVM's own start " + jvmStart);
        assertTrue(Duration.between(processStart, jvmStart).toMillis() < 250, "process start " + processStart
                + " is long before the JVM's own start " + jvmStart);
    }
}
