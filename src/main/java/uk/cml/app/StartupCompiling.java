package uk.cml.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Java's optimising compiler (C2) off the start-up code of Java and JavaFX, for a plain {@code java -jar}: the
 * stylesheet's selector matching, the class-file writer behind lambdas, jar lookups, code that runs a few thousand
 * times while the window opens and seldom after. The installers raise C2's thresholds with JVM options, which a jar
 * cannot carry; a compiler directive added at run time through the JVM's own diagnostic command (as {@code jcmd
 * Compiler.directives_add} does) can. While it holds, such a method is compiled by the quick compiler (C1) and stays
 * so; C2 still inlines it into the code it compiles later. Once start-up is over ({@link StartupTrim}) the directive
 * is removed.
 *
 * <p>Measured on 2 Dec 2026 (2 cores, busy; 7 launches each, A/B against the same build without it): resident memory
 * after 10 s idle 197 MB against 205 MB (every launch 196-197 MB against 202-211 MB), processor time to settle 4.60 s
 * against 4.96 s, the time to settle the same (3.42 s against 3.45 s). Holding off every method, the app's own too,
 * settled 9% sooner but left the arrears worked out for the first page twice as slow for the rest of the session
 * ({@code AfterStartupWorkBenchmark}): so the app's code and its libraries keep C2.
 */
final class StartupCompiling {

    private static final Logger LOG = Logger.getLogger(StartupCompiling.class.getName());
    /**
     * The first directive that matches a method applies. The app's own code and the libraries that do the parent's
     * heavy work keep C2 (the arrears worked out for the first page would otherwise stay twice as slow: measured);
     * the rest, Java's and JavaFX's own start-up code, waits. The JVM prints the first directive's patterns as
     * {@link #OURS} among its patterns, which is how {@link #isHeld} knows the directives are this class's.
     */
    private static final String DIRECTIVES = "[{ match: [\"uk/cml/*.*\", \"org/apache/*.*\", \"org/sqlite/*.*\", "
            + "\"net/lingala/*.*\"], c2: { Exclude: false } }, { match: \"*.*\", c2: { Exclude: true } }]";
    private static final int HOW_MANY = 2;
    private static final String OURS = "uk/cml/*.*";
    private static final String MATCHING = "matching: ";
    /**
     * A hold asked for later than this after the JVM started does nothing: start-up may already be over (a slow
     * machine can take this long to start the JVM's management), and nothing would release it.
     */
    static final Duration HOLD_WITHIN = Duration.ofSeconds(2);

    private StartupCompiling() {
    }

    /** Holds C2 off, on a thread of its own (the JVM's management start takes a few hundred milliseconds). */
    static void holdInBackground() {
        Thread hold = new Thread(() -> hold(HOLD_WITHIN), "cml-startup-compiling");
        hold.setDaemon(true);
        hold.start();
    }

    /** Holds C2 off if the JVM started no longer than {@code within} ago. Returns whether it now holds. */
    static synchronized boolean hold(Duration within) {
        if (isHeld() || Duration.between(StartupTimes.processStart(), Instant.now()).compareTo(within) > 0) {
            return isHeld();
        }
        try {
            Path file = Files.createTempFile("cml-compiling-", ".json");
            try {
                Files.writeString(file, DIRECTIVES, StandardCharsets.US_ASCII);
                command("Compiler.directives_add", "compilerDirectivesAdd", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "C2 not held off at start-up", e);
        }
        return isHeld();
    }

    /** Whether this class's directives are the JVM's newest, so C2 is held off. */
    static synchronized boolean isHeld() {
        return command("Compiler.directives_print", "compilerDirectivesPrint").filter(printed -> {
            int newest = printed.indexOf(MATCHING);
            int end = newest < 0 ? -1 : printed.indexOf('\n', newest);
            return newest >= 0 && printed.substring(newest, end < 0 ? printed.length() : end).contains(OURS);
        }).isPresent();
    }

    /** Start-up is over: lets C2 work again, if it was held. */
    static synchronized void release() {
        if (isHeld()) {
            for (int i = 0; i < HOW_MANY; i++) {
                command("Compiler.directives_remove", "compilerDirectivesRemove");
            }
            LOG.fine("C2 released");
        }
    }

    private static Optional<String> command(String line, String operation, String... arguments) {
        StringBuilder quoted = new StringBuilder(line);
        for (String argument : arguments) {
            quoted.append(" \"").append(argument).append('"'); // a temporary folder's path may have spaces
        }
        return DiagnosticCommand.run(quoted.toString(), operation, arguments);
    }
}
