package uk.cml.ui.common;

import javafx.scene.Scene;

/** Runs something once, just after a scene's next layout pass: what it shows then is its next picture. */
public final class NextLayout {

    private NextLayout() {
    }

    /** Call on the FX thread. {@code task} runs on it after the next pulse lays the scene out, then never again. */
    public static void then(Scene scene, Runnable task) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                task.run();
            }
        });
    }
}
