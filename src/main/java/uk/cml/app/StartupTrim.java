package uk.cml.app;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Hands the memory that starting up needed back to the system, once, a few seconds after the main window's first
 * picture. Starting leaves garbage behind (stylesheets parsed, classes loaded, the first page's figures worked out)
 * and the garbage collector keeps the heap it grew for it until it needs to collect again, which an idle app may not
 * for hours. One full collection then lets the heap shrink to what the app holds.
 */
final class StartupTrim {

    /** Long enough for the Overview's last pieces to be drawn; short enough to come before the parent does much. */
    static final Duration AFTER = Duration.seconds(3);

    private StartupTrim() {
    }

    /** Call on the FX thread when the first picture is drawn. The collection runs on a thread of its own. */
    static void schedule() {
        PauseTransition wait = new PauseTransition(AFTER);
        wait.setOnFinished(e -> {
            Thread trim = new Thread(System::gc, "cml-startup-trim");
            trim.setDaemon(true);
            trim.start();
        });
        wait.play();
    }
}
