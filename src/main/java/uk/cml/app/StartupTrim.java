package uk.cml.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Hands the memory that starting up needed back to the system, once, a few seconds after the main window's first
 * picture. Starting leaves garbage behind (stylesheets parsed, classes loaded, the first page's figures worked out)
 * and the garbage collector keeps the heap it grew for it until it needs to collect again, which an idle app may not
 * for hours. One full collection then lets the heap shrink to what the app holds. Then the C library is asked to give
 * back what Java's compilers freed ({@link NativeHeapTrim}).
 */
final class StartupTrim {

    /** Long enough for the Overview's last pieces to be drawn; short enough to come before the parent does much. */
    static final Duration AFTER = Duration.seconds(3);

    private static final Logger LOG = Logger.getLogger(StartupTrim.class.getName());

    private StartupTrim() {
    }

    /**
     * Call on the FX thread when the first picture is drawn. The work runs on threads of its own. Once start-up is
     * over and the compiler let go, {@code startUpOver} runs on the FX thread, given what hands the memory back: it
     * runs that once its own work is done (the check made after opening), so that work's memory goes back too.
     * Nothing runs if {@code window} closes first: start-up's end then means nothing, and the wait would otherwise
     * outlive it (in the tests, it fired in the next test's window and ran a full collection there). Returns the
     * wait, for the tests.
     */
    static Animation schedule(Window window, java.util.function.Consumer<Runnable> startUpOver) {
        PauseTransition wait = new PauseTransition(AFTER);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> wait.stop());
        java.util.concurrent.atomic.AtomicBoolean handedBack = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable handBackOnce = () -> {
            if (handedBack.compareAndSet(false, true)) {
                Thread trim = new Thread(StartupTrim::trim, "cml-startup-trim");
                trim.setDaemon(true);
                trim.start();
            }
        };
        wait.setOnFinished(e -> {
            Thread release = new Thread(() -> {
                try {
                    letTheCompilerGo();
                } finally {
                    javafx.application.Platform.runLater(() -> startUpOver.accept(handBackOnce));
                }
            }, "cml-startup-trim");
            release.setDaemon(true);
            release.start();
        });
        wait.play();
        return wait;
    }

    private static void trim() {
        System.gc();
        try {
            NativeHeapTrim.nowAndWhenCompilersQuiet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LinkageError noManagement) {
            // The installers' trimmed runtime has no management modules: its launcher trims by a JVM option instead.
            LOG.log(Level.FINE, "No native heap trim here", noManagement);
        }
    }

    private static void letTheCompilerGo() {
        try {
            StartupCompiling.release();
        } catch (LinkageError noManagement) {
            // The installers' runtime has no management modules, so nothing held the compiler: and this must not
            // stop the collection that follows from handing start-up's memory back (it did: 14 MB more resident).
            LOG.log(Level.FINE, "Nothing held the compiler here", noManagement);
        }
    }
}
