package uk.cml.ui.payments;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** A side panel that scrolls on a small screen instead of being cut off. */
final class Scrolling {

    /** Counts the form's moves beside and under the table: each one measures the form's least width again. */
    private static final String PLACED = "cml.side-placed";

    /** Room for the vertical scroll bar and the scroll pane's border beside the form. */
    private static final double BAR = 16;

    private Scrolling() {
    }

    /**
     * The side never gets narrower than its form needs (the label column and the widest drop-down's words, known
     * only at run time from the words and the font), so no field runs under the scroll bar where no bar can show
     * it; the table beside it gives way instead.
     */
    static ScrollPane wrap(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        javafx.beans.property.IntegerProperty placed = new javafx.beans.property.SimpleIntegerProperty();
        scroll.getProperties().put(PLACED, placed);
        scroll.minWidthProperty().bind(Bindings.createDoubleBinding(() -> needed(content) + BAR,
                content.needsLayoutProperty(), content.widthProperty(), placed));
        return scroll;
    }

    private static double needed(Region content) {
        double widest = 0;
        for (Node child : content.getChildrenUnmodifiable()) {
            if (child.isManaged()) {
                widest = Math.max(widest, child.minWidth(-1));
            }
        }
        return widest + content.snappedLeftInset() + content.snappedRightInset();
    }

    /** Below this width of the tab, the form goes under the table: beside it, both would be too narrow to read. */
    private static final double SIDE_BY_SIDE = 1000;

    /**
     * Puts the form beside the table on a wide window and under it on a narrow one, where the form gets at most
     * a little over half the height (it scrolls; its buttons stay in view) and the table keeps the rest.
     */
    static void besideOrBelow(javafx.scene.layout.BorderPane panel, Region side) {
        besideOrBelow(panel, side, below -> { });
    }

    /** As above, and tells the form whether it is now under the table (to lay its fields out two by two, say). */
    static void besideOrBelow(javafx.scene.layout.BorderPane panel, Region side,
                              java.util.function.Consumer<Boolean> placed) {
        besideOrBelow(panel, side, SIDE_BY_SIDE, placed);
    }

    /**
     * As above, with the tab's least width for the form to go beside the table: a wide form (the Adjustments one,
     * held wide by its longest choice) left its table too narrow to read a date at 1366 wide. Under the table, the
     * table keeps at least its own least height (a few rows, from app.css), and the form scrolls in what is left.
     */
    static void besideOrBelow(javafx.scene.layout.BorderPane panel, Region side, double sideBySideFrom,
                              java.util.function.Consumer<Boolean> placed) {
        Runnable place = () -> {
            boolean below = panel.getWidth() > 0 && panel.getWidth() < sideBySideFrom;
            if (below && panel.getBottom() != side) {
                panel.setRight(null);
                Region table = panel.getCenter() instanceof Region center ? center : new Region();
                // The table's least height comes from app.css, which may be applied after this: so it is watched.
                side.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> {
                    double height = panel.getHeight() - panel.snappedTopInset() - panel.snappedBottomInset();
                    return Math.max(0, Math.min(panel.getHeight() * 0.55, height - table.minHeight(-1)));
                }, panel.heightProperty(), table.minHeightProperty()));
                // Least, the table's rows and the form's buttons: counted at the form's greatest height, the tab grew
                // past its window and Save went below the edge.
                panel.minHeightProperty().bind(Bindings.createDoubleBinding(() -> panel.snappedTopInset()
                        + panel.snappedBottomInset() + table.minHeight(-1) + side.minHeight(-1),
                        table.minHeightProperty()));
                side.getStyleClass().add("below-table");
                panel.setBottom(side);
                if (side instanceof FoldingSide folding) {
                    folding.foldable(true);
                }
                placed.accept(true);
                measureAgain(side);
            } else if (!below && panel.getRight() != side) {
                panel.setBottom(null);
                side.maxHeightProperty().unbind();
                side.setMaxHeight(Region.USE_COMPUTED_SIZE);
                panel.minHeightProperty().unbind();
                panel.setMinHeight(Region.USE_COMPUTED_SIZE);
                side.getStyleClass().remove("below-table");
                if (side instanceof FoldingSide folding) {
                    folding.foldable(false);
                }
                panel.setRight(side);
                placed.accept(false);
                measureAgain(side);
            }
        };
        panel.widthProperty().addListener((obs, old, now) -> place.run());
        place.run();
    }

    /**
     * The form's least width changes when it lays its fields out afresh (two columns under the table, one beside
     * it); without this the side kept the width measured under the table and squeezed the table once back beside it.
     */
    private static void measureAgain(Region side) {
        if (side instanceof javafx.scene.layout.BorderPane pane && pane.getCenter() instanceof ScrollPane scroll
                && scroll.getProperties().get(PLACED) instanceof javafx.beans.property.IntegerProperty placed) {
            placed.set(placed.get() + 1);
        }
    }

    /**
     * A side form that scrolls, with its buttons fixed below it, so Save is always in view. While {@code losing} is
     * asked it takes the buttons' place, so the form keeps its room; both sit in line with the form (.side-actions).
     * Under the table the form can be folded away to read the list ({@link FoldingSide}, "{@code idPrefix}-form-fold").
     */
    static FoldingSide withActions(String idPrefix, Region editor, uk.cml.ui.common.LosingQuestion losing,
            Node... actions) {
        return new FoldingSide(idPrefix, wrap(editor), losing, actions);
    }
}
