package uk.cml.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Finishes JavaFX's styling of a scene in the pulse that first lays it out, so that no later pulse draws it again for
 * nothing. JavaFX gives each control its skin while it styles it; the skin's parts, added during that pass, mark every
 * parent above them, up to the root, as having styling still to do, though the same pass styles the parts. At the end
 * of the pulse JavaFX finds the root so marked and runs another pulse, which has nothing to style, move or draw, yet
 * counts the root it looked at as a change; and a change with no area to draw has JavaFX draw the whole window. So the
 * main window's first picture was drawn twice at start-up, all 173 nodes each time, 16-470 ms of the render thread on
 * a busy 2-core machine (5 Dec 2026). Styling the root once more straight after the layout, every style already worked
 * out, clears the marks: about 4 ms of processor time.
 */
public final class StylingFinished {

    private StylingFinished() {
    }

    /** Call on the FX thread. After the scene's next layout, within the same pulse, finishes its styling. */
    public static void afterNextLayout(Scene scene) {
        NextLayout.then(scene, () -> {
            Parent root = scene.getRoot();
            if (root != null) {
                root.applyCss();
            }
        });
    }
}
