package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Holds work back until a newly shown window's first frame is on the screen. With software rendering (Linux with no
 * graphics driver) JavaFX draws a frame on its render thread and then hands it to the window in a task on the FX
 * thread; heavy work that takes the FX thread first, such as building the main window and styling its first page,
 * kept a just-opened window white for 0.9 s in a plain-jar start on 2 cores. JavaFX reports no "frame shown" moment,
 * so this asks for one: after the frame's pulse has queued its drawing, a one-pixel snapshot is drawn on the same
 * render thread, which draws in order, so when it returns the frame is drawn and its hand-over task already queued;
 * the held work is queued behind that. On the hardware pipelines, which show a frame from the render thread, this
 * costs a few milliseconds.
 */
public final class FirstFrame {

    private List<Runnable> waiting = new ArrayList<>();

    private FirstFrame() {
    }

    /** Call on the FX thread straight after showing the window that has {@code scene}. */
    public static FirstFrame watch(Scene scene) {
        FirstFrame frame = new FirstFrame();
        // After the next layout the pulse goes on to queue the frame's drawing; the task runs after that pulse.
        NextLayout.then(scene, () -> Platform.runLater(() -> {
            new Rectangle(1, 1).snapshot(null, null);
            Platform.runLater(frame::drawn);
        }));
        return frame;
    }

    /** Runs {@code work} on the FX thread once the first frame is on the screen: at once if it already is. */
    public void then(Runnable work) {
        if (waiting == null) {
            work.run();
        } else {
            waiting.add(work);
        }
    }

    private void drawn() {
        List<Runnable> ready = waiting;
        waiting = null;
        ready.forEach(Runnable::run);
    }
}
