package uk.cml.app;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Asks the C library to return the memory Java's compilers freed while the app started. glibc keeps freed memory for
 * reuse, and after start-up that was 15-26 MB (measured 2 Dec 2026 on Linux: the plain jar settled at 213-222 MB
 * resident and fell to 199-207 MB). It is the JVM's own diagnostic command, {@code System.trim_native_heap}, as
 * {@code jcmd} runs it. The installers get the same from the JVM option {@code -XX:TrimNativeHeapInterval}, which
 * {@code java -jar} cannot be given. Kept apart from {@link StartupTrim} because it needs the {@code java.management}
 * module, which the installers' runtime leaves out.
 */
final class NativeHeapTrim {

    private static final Logger LOG = Logger.getLogger(NativeHeapTrim.class.getName());
    private static final String TRIM_NATIVE_HEAP = "systemTrimNativeHeap";
    /**
     * The compilers count as quiet when they spent less than this in a second. An idle window still compiles a little
     * now and then (1-3 ms a second, measured); the wave after start-up is hundreds of milliseconds a second, and
     * trimming in the middle of it gave back a third as much.
     */
    private static final long QUIET_COMPILING_MILLIS = 10;
    private static final int MOST_SECONDS_TO_WAIT = 20;

    private NativeHeapTrim() {
    }

    /**
     * Trims at once, then waits, on the caller's thread, until the compilers are quiet (20 s at most) and trims again.
     * The first gives back at once what the collection before it and the check after opening freed; on a busy
     * machine the compilers can take many seconds more to go quiet, and the app stayed that much larger meanwhile.
     * The second gives back what the compilers freed since. Measured 5 Dec 2026 (2-core machine, load 18-30, the
     * start-up benchmark, 5 launches each in one run against the build with only the second): resident after 10 s
     * idle 194 MB (193-200) against 199 MB (195-204), processor time 2.54 s against 2.51 s.
     */
    static void nowAndWhenCompilersQuiet() throws InterruptedException {
        trim().ifPresent(said -> LOG.fine("At once: " + said));
        whenCompilersQuiet();
    }

    /** Waits, on the caller's thread, until the compilers are quiet (20 s at most), then trims once. */
    static void whenCompilersQuiet() throws InterruptedException {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        if (compilers != null && compilers.isCompilationTimeMonitoringSupported()) {
            long before = compilers.getTotalCompilationTime();
            for (int second = 0; second < MOST_SECONDS_TO_WAIT; second++) {
                Thread.sleep(1000);
                long now = compilers.getTotalCompilationTime();
                if (now - before < QUIET_COMPILING_MILLIS) {
                    break;
                }
                before = now;
            }
        }
        trim().ifPresent(LOG::info);
    }

    /**
     * Trims now. Returns what the JVM said (how much it gave back, or that this system cannot), or empty when this Java
     * has no such command. Only glibc can trim: elsewhere nothing changes, so a failure here is only logged.
     */
    static Optional<String> trim() {
        return DiagnosticCommand.run("System.trim_native_heap", TRIM_NATIVE_HEAP).map(String::strip);
    }
}
