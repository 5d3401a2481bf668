package uk.cml.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import uk.cml.ui.common.Messages;

/**
 * The status bar along the bottom of the window: says when the app is busy reading or saving in the background,
 * so a slow moment never looks like a frozen app. Has the pseudo-class "busy" meanwhile (tests wait on it).
 */
final class WorkStatus extends StatusBar {

    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    /** Work done within a moment is not announced, so the bar does not flicker on every page. */
    private final PauseTransition moment = new PauseTransition(Duration.millis(400));

    /** The long task whose words and progress are on show (a backup, a pack), if any. */
    private Task<?> showing;

    WorkStatus(ReadOnlyIntegerProperty work, ReadOnlyObjectProperty<Task<?>> longTask) {
        setId("work-status");
        getStyleClass().add("work-status");
        setFocusTraversable(false);
        setText("");
        moment.setOnFinished(e -> {
            if (showing == null) {
                setText(Messages.text("shell.workStatus.working"));
                setProgress(-1);
            }
        });
        work.addListener((obs, old, now) -> show(now.intValue() > 0));
        longTask.addListener((obs, old, now) -> follow(now));
        show(work.get() > 0);
    }

    /** While a long task runs, the bar says what it is doing and how far it has got. */
    private void follow(Task<?> task) {
        showing = task;
        moment.stop();
        textProperty().unbind();
        progressProperty().unbind();
        if (task != null) {
            textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                    .then(Messages.text("shell.workStatus.working"))
                    .otherwise(task.messageProperty()));
            progressProperty().bind(task.progressProperty());
        } else {
            show(isBusy());
        }
    }

    private boolean isBusy() {
        return getPseudoClassStates().contains(BUSY);
    }

    private void show(boolean busy) {
        pseudoClassStateChanged(BUSY, busy);
        if (showing != null) {
            return;
        }
        if (busy) {
            moment.play();
        } else {
            moment.stop();
            setText("");
            setProgress(0);
        }
    }
}
