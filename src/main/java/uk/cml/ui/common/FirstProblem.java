package uk.cml.ui.common;

import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;

/**
 * After Save finds a wrong answer, brings the first answer marked in red into view and puts the keyboard on it. A
 * parent who pressed Save with the form scrolled to its end was told "check the answers marked in red" with none
 * of them on the screen.
 */
public final class FirstProblem {

    /** Room left above the field, so its label and the line before it show too. */
    private static final double ABOVE = 40;

    private FirstProblem() {
    }

    /** Does nothing when no message is showing in the form (the save went ahead, or the form is closed). */
    public static void reveal(ScrollPane scroll) {
        Node content = scroll.getContent();
        if (content == null || !content.isVisible()) {
            return;
        }
        content.applyCss();
        scroll.layout();
        content.lookupAll(".field-error").stream().filter(error -> showing(error, content))
                .min(Comparator.comparingDouble(error -> top(content, error)))
                .ifPresent(error -> {
                    Node field = error.getProperties().get(FormGrid.FIELD) instanceof Control control
                            && showing(control, content) ? control : error;
                    double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    double top = Math.min(top(content, field), top(content, error));
                    if (range > 0) {
                        scroll.setVvalue(Math.min(1, Math.max(0, (top - ABOVE) / range)));
                    }
                    field.requestFocus();
                });
    }

    private static boolean showing(Node node, Node content) {
        for (Node at = node; at != null && at != content.getParent(); at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double top(Node content, Node node) {
        return content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
    }
}
