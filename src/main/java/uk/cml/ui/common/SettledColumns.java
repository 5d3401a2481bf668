package uk.cml.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A table's columns are shared out once before a frame is drawn, not a pulse or two after it. Two things moved them
 * after the first draw: a money or status column that widens itself to its widest entry while its cells are laid out
 * (TextColumns.keepWhole, StatusChip), and the table itself, which shares its width out by the width its rows had
 * the pulse before, so rows that bring an upright scroll bar (or take it away) were drawn once at the old width.
 * After each layout pass, while the columns do not fill the rows' width exactly, this shares it out again and lays
 * the table out again, in the same pulse.
 */
public final class SettledColumns {

    /** Enough for a column widened by its cells and the rows' width catching up, with room to spare. */
    private static final int MOST_PASSES = 8;

    private SettledColumns() {
    }

    /** Keeps the table's columns settled before each frame; once per table, however often asked. */
    public static void on(TableView<?> table) {
        if (table.getProperties().putIfAbsent(SettledColumns.class, Boolean.TRUE) != null) {
            return;
        }
        Runnable settle = () -> settle(table);
        ChangeListener<Scene> follow = (obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(settle);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(settle);
            }
        };
        table.sceneProperty().addListener(follow);
        follow.changed(table.sceneProperty(), null, table.getScene());
    }

    /**
     * A column has just widened itself. A table shared out by all its columns is settled in this pulse ({@link #on});
     * any other (a last column that flexes, say) shares its width out again a pulse later, as before, so the wider
     * column does not push the others past the table's edge.
     */
    public static void widened(TableView<?> table) {
        if (table.getColumnResizePolicy() != TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS) {
            javafx.application.Platform.runLater(() -> reshare(table));
        }
    }

    private static <S> void reshare(TableView<S> table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0d));
    }

    private static <S> void settle(TableView<S> table) {
        if (table.getSkin() == null || !shown(table)
                || table.getColumnResizePolicy() != TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS) {
            return;
        }
        for (int pass = 0; pass < MOST_PASSES; pass++) {
            boolean filled = filled(table);
            // Rows that grew while their cells were filled (a status chip on two lines, StatusChip) take their
            // height in the same frame too; their cells, laid out again, may widen a column.
            boolean rowsWaiting = table.lookup(".virtual-flow") instanceof Region flow && flow.isNeedsLayout();
            if (filled && !rowsWaiting) {
                return;
            }
            if (!filled) {
                // The policy shares out the width the table last measured; laying out again measures the rows'
                // width as it is now, and shares it out again if it changed.
                table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0d));
                table.requestLayout();
            }
            table.layout();
        }
    }

    /** A table on a tab not chosen, or a page not shown, is left as it is until it shows. */
    private static boolean shown(javafx.scene.Node table) {
        for (javafx.scene.Node at = table; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the visible columns take up the rows' width (inside the borders and any upright scroll bar). */
    private static <S> boolean filled(TableView<S> table) {
        if (!(table.lookup(".clipped-container") instanceof Region rows) || rows.getWidth() <= 0) {
            return true;
        }
        return Math.abs(taken(table) - rows.getWidth()) < 1;
    }

    private static <S> double taken(TableView<S> table) {
        double sum = 0;
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            sum += column.getWidth();
        }
        return sum;
    }
}
