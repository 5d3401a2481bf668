package uk.cml.ui.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;

/**
 * A button or field cut at the edge of the area that shows it: partly (or wholly) outside a scroll pane's view where
 * the scroll bar cannot bring it in (no bar that way, or the field sticks out beyond what the bar scrolls), outside a
 * clipped area with no scroll bar (a split pane's side, a tab's content), or past the window's edge.
 */
final class EdgeChecks {

    /** Half a pixel either way is rounding, not a cut. */
    private static final double SLACK = 1;

    private EdgeChecks() {
    }

    static List<String> cutAtEdge(Scene scene, List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!LayoutChecks.isActionOrField(node) || inVirtualFlow(node)) {
                continue;
            }
            String cut = cutBy(scene, node);
            if (cut != null) {
                problems.add("cut at the edge of " + cut + ", no scroll bar shows it whole: "
                        + LayoutChecks.describe(node));
            }
        }
        return problems;
    }

    /** What cuts the node (an area's description), or null when all of it can be seen or scrolled into view. */
    private static String cutBy(Scene scene, Node node) {
        Bounds shown = node.localToScene(node.getLayoutBounds());
        if (shown.getWidth() <= 0 || shown.getHeight() <= 0) {
            return null;
        }
        boolean scrolls = false;
        for (Node area = node.getParent(); area != null; area = area.getParent()) {
            if (area instanceof ScrollPane scroll && scroll.getContent() != null) {
                if (!reachable(scroll, node)) {
                    Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    return LayoutChecks.describe(scroll) + " (it lies at " + Math.round(b.getMinX()) + " to "
                            + Math.round(b.getMaxX()) + " across, " + Math.round(b.getMinY()) + " to "
                            + Math.round(b.getMaxY()) + " down; the view is " + Math.round(scroll.getViewportBounds()
                            .getWidth()) + " by " + Math.round(scroll.getViewportBounds().getHeight())
                            + ", what it scrolls " + Math.round(scroll.getContent().getLayoutBounds().getWidth())
                            + " by " + Math.round(scroll.getContent().getLayoutBounds().getHeight()) + ")";
                }
                // Outer areas only have to show what this scroll pane shows of the node.
                Node view = scroll.lookup(".viewport");
                shown = intersect(shown, (view == null ? scroll : view).localToScene((view == null ? scroll : view)
                        .getLayoutBounds()));
                if (shown == null) {
                    return null; // scrolled out of view, and the scroll bar brings it back
                }
                scrolls = true;
            } else if (area.getClip() != null && !(area.getParent() instanceof ScrollPane) && !inside(shown, area.localToScene(area.getClip().getBoundsInParent()))) {
                return LayoutChecks.describe(area);
            }
        }
        // Outside any scroll pane, LayoutChecks.unreachable already says when the window cuts it.
        return !scrolls || inside(shown, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight())) ? null
                : "the window";
    }

    /**
     * Whether the scroll pane can bring all of the node into its view: the node, in the content's coordinates, must
     * lie within what the scroll bars can reach (the content's size where a bar may show, the view's size where not).
     */
    static boolean reachable(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds view = scroll.getViewportBounds();
        Bounds all = content.getLayoutBounds();
        double width = scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER ? view.getWidth()
                : Math.max(view.getWidth(), all.getWidth());
        double height = scroll.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER ? view.getHeight()
                : Math.max(view.getHeight(), all.getHeight());
        return b.getMinX() >= all.getMinX() - SLACK && b.getMinY() >= all.getMinY() - SLACK
                && b.getMaxX() <= all.getMinX() + width + SLACK && b.getMaxY() <= all.getMinY() + height + SLACK;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMinY() >= outer.getMinY() - SLACK
                && inner.getMaxX() <= outer.getMaxX() + SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Rows of tables and lists scroll by themselves and are made as they come into view. */
    private static boolean inVirtualFlow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?> || n.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }
}
