package uk.cml.ui.common;

import java.util.Comparator;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;

/**
 * After Save finds a wrong answer, brings the first answer marked in red into view, with its message, and puts the
 * keyboard on it. A parent who pressed Save with the form scrolled to its end was told "check the answers marked in
 * red" with none of them on the screen. Every form's Save calls it: the form may scroll inside more than one pane
 * (the Payments form under its table), and each one that holds the answer is scrolled.
 */
public final class FirstProblem {

    /** Room left above the field, so its label and the line before it show too. */
    private static final double ABOVE = 40;

    private FirstProblem() {
    }

    /** Does nothing when no message is showing in the form (the save went ahead, or the form is closed). */
    public static void reveal(ScrollPane scroll) {
        if (scroll.getContent() != null) {
            reveal(scroll.getContent());
        }
    }

    /**
     * Finds the first message showing in {@code form} (top to bottom), scrolls every pane around it so the field
     * and its message are in view, and focuses the field. Does nothing when no message is showing.
     */
    public static void reveal(Node form) {
        if (form == null || !form.isVisible() || form.getScene() == null) {
            return;
        }
        Parent root = form.getScene().getRoot();
        root.applyCss();
        root.layout();
        form.lookupAll(".field-error").stream().filter(error -> showing(error, form))
                .min(Comparator.comparingDouble((Node error) -> sceneBounds(error).getMinY())
                        .thenComparingDouble(error -> sceneBounds(error).getMinX()))
                .ifPresent(error -> {
                    Node field = error.getProperties().get(FormGrid.FIELD) instanceof Control control
                            && showing(control, form) ? control : error;
                    for (Node at = field.getParent(); at != null; at = at.getParent()) {
                        if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                            bringIntoView(scroll, field, error);
                            root.layout();
                        }
                    }
                    field.requestFocus();
                });
    }

    /**
     * Scrolls every pane around {@code to} so it, {@code from} and what lies between are in view (the bottom if
     * they do not all fit): for a question Save asks under a field, which is not a problem marked in red.
     */
    public static void bringIntoView(Node from, Node to) {
        if (to.getScene() == null) {
            return;
        }
        Parent root = to.getScene().getRoot();
        root.applyCss();
        root.layout();
        for (Node at = to.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                bringIntoView(scroll, from, to);
                root.layout();
            }
        }
    }

    /** Scrolls so the field's top sits a little below the view's top, or lower if its message would be cut off. */
    private static void bringIntoView(ScrollPane scroll, Node field, Node error) {
        Node content = scroll.getContent();
        double top = Math.min(inContent(content, field).getMinY(), inContent(content, error).getMinY());
        double bottom = Math.max(inContent(content, field).getMaxY(), inContent(content, error).getMaxY());
        double view = scroll.getViewportBounds().getHeight();
        double range = content.getBoundsInLocal().getHeight() - view;
        if (range <= 0) {
            return;
        }
        double y = top - ABOVE;
        if (bottom > y + view) {
            y = Math.min(top, bottom - view);
        }
        double v = Math.min(1, Math.max(0, y / range));
        scroll.setVvalue(scroll.getVmin() + v * (scroll.getVmax() - scroll.getVmin()));
    }

    private static boolean showing(Node node, Node form) {
        for (Node at = node; at != null && at != form.getParent(); at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static Bounds inContent(Node content, Node node) {
        return content.sceneToLocal(sceneBounds(node));
    }
}
