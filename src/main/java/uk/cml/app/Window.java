package uk.cml.app;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import uk.cml.domain.Words;

/** Starts the window; if there is no screen to show it on, says so in a sentence instead of a stack trace. */
final class Window {

    private static final Logger LOG = Logger.getLogger(Window.class.getName());

    private Window() {
    }

    /** Returns the exit code once the window has closed (or could not open). */
    static int launch(String[] args, PrintStream err) {
        try {
            Application.launch(CmlApplication.class, args);
            return 0;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
                throw e;
            }
            LOG.log(Level.FINE, "The window could not be opened", e); // the terminal gets a sentence, not a trace
            err.println(noDisplay(e) ? Words.text("app.window.noScreen")
                    : Words.text("app.window.notOpened", e.getClass().getSimpleName()));
            return 1;
        }
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
