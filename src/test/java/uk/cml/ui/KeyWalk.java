package uk.cml.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import uk.cml.ui.common.FocusRing;

/**
 * Walks a window with Tab (or Shift+Tab) alone, as a parent without a mouse would, and says where the keyboard went
 * and what was wrong on the way: the keyboard on nothing, on something hidden or out of view, on something with no
 * ring to show it, or stuck in place.
 */
public final class KeyWalk {

    /** One place the keyboard stopped: the control, a name to read it by, and what was wrong there (or null). */
    public record Stop(Node node, String name, String fault) {
        @Override
        public String toString() {
            return fault == null ? name : name + " [" + fault + "]";
        }
    }

    private KeyWalk() {
    }

    /**
     * From the control {@code from}, presses Tab (Shift+Tab if {@code back}) until the keyboard is back on it, at
     * most {@code limit} times, and gives each stop in order (not {@code from} itself).
     */
    public static List<Stop> walk(AppRobot robot, Node from, boolean back, int limit) {
        robot.interact(from::requestFocus);
        robot.waitUntil("the walk's start has the keyboard", from::isFocused);
        List<Stop> stops = new ArrayList<>();
        Scene scene = from.getScene();
        Node last = from;
        for (int i = 0; i < limit; i++) {
            if (back) {
                robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            } else {
                robot.type(KeyCode.TAB);
            }
            Node previous = last;
            Stop stop = robot.interactAndGet(() -> stopAt(scene.getFocusOwner(), previous));
            stops.add(stop);
            // Stuck or lost: more Tabs would only say so again.
            if (stop.node() == from || stop.node() == null || stop.node() == previous) {
                break;
            }
            last = stop.node();
        }
        return stops;
    }

    /** The stops that fall inside {@code page} (the walk also passes the navigation and the case chooser). */
    public static List<Stop> within(List<Stop> stops, Node page) {
        return stops.stream().filter(s -> s.node() != null && inside(s.node(), page)).toList();
    }

    public static List<String> names(List<Stop> stops) {
        return stops.stream().map(Stop::name).toList();
    }

    public static List<Stop> faults(List<Stop> stops) {
        return stops.stream().filter(s -> s.fault() != null).toList();
    }

    private static boolean inside(Node node, Node page) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == page) {
                return true;
            }
        }
        return false;
    }

    private static Stop stopAt(Node node, Node previous) {
        if (node == null) {
            return new Stop(null, "(nothing)", "the keyboard is on nothing");
        }
        String name = name(node);
        if (node == previous) {
            return new Stop(node, name, "Tab left the keyboard where it was");
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return new Stop(node, name, "hidden");
            }
        }
        if (!ringed(node)) {
            return new Stop(node, name, "no ring: a " + node.getClass().getSimpleName() + " shows no focus");
        }
        if (!FocusRing.marked(node)) {
            return new Stop(node, name, "not marked :keyboard-focus");
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        Scene scene = node.getScene();
        if (bounds.getWidth() < 1 || bounds.getHeight() < 1 || x < 0 || y < 0 || x > scene.getWidth()
                || y > scene.getHeight()) {
            return new Stop(node, name, "outside the window");
        }
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                if (!view.contains(x, y)) {
                    return new Stop(node, name, "scrolled out of view");
                }
            }
        }
        return new Stop(node, name, null);
    }

    /** The controls app.css draws a ring round while they have the keyboard (the :keyboard-focus rules). */
    static boolean ringed(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof TableView<?> || node instanceof ListView<?>
                || node instanceof TreeView<?> || node instanceof TreeTableView<?> || node instanceof Slider
                || node instanceof Spinner<?> || node instanceof TabPane;
    }

    static String name(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        String text = node instanceof Labeled labeled ? " '" + labeled.getText() + "'" : "";
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return node.getClass().getSimpleName() + text + (parent != null ? " in #" + parent.getId() : "");
    }
}
