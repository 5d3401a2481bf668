package uk.cml.app;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Saves the window's size and place a moment after it is moved or resized, rather than only when it closes: a
 * log-off, a shutdown or a kill closes no window, and the next start would open where the window was days ago.
 */
final class BoundsKeeping {

    /** Dragging a window moves it many times a second: it is saved once it has stood still this long. */
    static final Duration STILL_FOR = Duration.seconds(1);

    private BoundsKeeping() {
    }

    /** From now on, {@code save} gets the bounds (as {@link WindowBounds#format}) once the window stands still. */
    static void watch(Stage stage, Consumer<String> save) {
        PauseTransition still = new PauseTransition(STILL_FOR);
        String[] last = {WindowBounds.of(stage).format()};
        still.setOnFinished(e -> {
            String now = WindowBounds.of(stage).format();
            // Not while minimised (its place is off the screen), and only what changed.
            if (!stage.isIconified() && stage.isShowing() && !now.equals(last[0])) {
                last[0] = now;
                save.accept(now);
            }
        });
        InvalidationListener moved = obs -> still.playFromStart();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
    }
}
