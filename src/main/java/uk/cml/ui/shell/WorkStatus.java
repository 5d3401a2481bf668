package uk.cml.ui.shell;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import uk.cml.ui.common.Messages;

/**
 * The status bar along the bottom of the window: says when the app is busy reading or saving in the background,
 * so a slow moment never looks like a frozen app. Has the pseudo-class "busy" meanwhile (tests wait on it).
 *
 * <p>A plain row of its own rather than ControlsFX's status bar, which brought its library's classes, its own
 * stylesheet (read and parsed as text) and a hidden progress bar into the start-up. The progress bar here is made
 * the first time there is progress to show.
 */
final class WorkStatus extends HBox {

    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    /** Work done within a moment is not announced, so the bar does not flicker on every page. */
    private final PauseTransition moment = new PauseTransition(Duration.millis(400));
    private final Label text = new Label();
    /** 0 for none, -1 for work of unknown length, else the share done; shown by {@link #bar} once there is some. */
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private ProgressBar bar;

    /** The long task whose words and progress are on show (a backup, a pack), if any. */
    private Task<?> showing;

    WorkStatus(ReadOnlyIntegerProperty work, ReadOnlyObjectProperty<Task<?>> longTask) {
        setId("work-status");
        getStyleClass().add("work-status");
        text.setId("work-status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        progress.addListener((obs, old, now) -> showProgress(now.doubleValue()));
        moment.setOnFinished(e -> {
            if (showing == null) {
                text.setText(Messages.text("shell.workStatus.working"));
                progress.set(-1);
            }
        });
        work.addListener((obs, old, now) -> show(now.intValue() > 0));
        longTask.addListener((obs, old, now) -> follow(now));
        show(work.get() > 0);
    }

    private void showProgress(double share) {
        if (bar == null) {
            if (share == 0) {
                return;
            }
            bar = new ProgressBar();
            bar.setId("work-status-progress");
            bar.managedProperty().bind(bar.visibleProperty());
            getChildren().add(bar);
        }
        bar.setProgress(share);
        bar.setVisible(share != 0);
    }

    /** While a long task runs, the bar says what it is doing and how far it has got. */
    private void follow(Task<?> task) {
        showing = task;
        moment.stop();
        text.textProperty().unbind();
        progress.unbind();
        if (task != null) {
            text.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                    .then(Messages.text("shell.workStatus.working"))
                    .otherwise(task.messageProperty()));
            progress.bind(task.progressProperty());
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
            text.setText("");
            progress.set(0);
        }
    }
}
