package uk.cml.ui.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The status bar along the bottom of the window: says when the app is busy reading or saving in the background,
 * so a slow moment never looks like a frozen app. Has the pseudo-class "busy" meanwhile (tests wait on it).
 */
final class WorkStatus extends StatusBar {

    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    /** Work done within a moment is not announced, so the bar does not flicker on every page. */
    private final PauseTransition moment = new PauseTransition(Duration.millis(400));

    WorkStatus(ReadOnlyIntegerProperty work) {
        setId("work-status");
        getStyleClass().add("work-status");
        setFocusTraversable(false);
        setText("");
        moment.setOnFinished(e -> {
            setText("Working...");
            setProgress(-1);
        });
        work.addListener((obs, old, now) -> show(now.intValue() > 0));
        show(work.get() > 0);
    }

    private void show(boolean busy) {
        pseudoClassStateChanged(BUSY, busy);
        if (busy) {
            moment.play();
        } else {
            moment.stop();
            setText("");
            setProgress(0);
        }
    }
}
