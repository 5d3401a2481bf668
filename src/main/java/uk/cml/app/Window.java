package uk.cml.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import uk.cml.domain.Words;

/** Starts the window; if there is no screen to show it on, says so in a sentence instead of a stack trace. */
final class Window {

    private static final Logger LOG = Logger.getLogger(Window.class.getName());

    private Window() {
    }

    /**
     * Starts opening the records, then JavaFX, then the window on it; returns the exit code once the window has closed
     * (or could not open).
     */
    static int launch(String[] args, PrintStream err) {
        CommandLine commandLine = CommandLine.parse(Arrays.asList(args));
        StartupTimes times = new StartupTimes();
        // With no screen JavaFX cannot start; the records are then left alone, as before the window's first try.
        RecordsAhead ahead = screenNamed(System.getProperty("os.name"), System.getenv())
                ? RecordsAhead.start(DataFolder.forThisRun(commandLine.dataDir()), EnglandClock.system(), times)
                : null;
        LaunchHandover.give(times, ahead);
        try {
            Application.launch(CmlApplication.class, args);
            return 0;
        } catch (RuntimeException | Error e) {
            if (ahead != null) {
                ahead.abandon();
            }
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            LOG.log(Level.FINE, "The window could not be opened", e); // the terminal gets a sentence, not a trace
            err.println(noDisplay(e) ? Words.text("app.window.noScreen")
                    : Words.text("app.window.notOpened", e.getClass().getSimpleName()));
            return 1;
        }
    }

    /** Whether the system names a screen to open on: always on Windows and macOS; elsewhere X's or Wayland's. */
    static boolean screenNamed(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    private static boolean noDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("DISPLAY") || message.contains("display") || message.contains("headless")) {
                return true;
            }
        }
        return false;
    }
}
