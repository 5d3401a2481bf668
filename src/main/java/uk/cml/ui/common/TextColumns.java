package uk.cml.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Read-only text columns, the same in every table: never narrower than their heading, a long entry cut with "..."
 * shows in full on pointing.
 */
public final class TextColumns {

    /** The heading's text at the theme's table-heading size, plus the heading's padding and sort arrow. */
    private static final Font HEADING = Font.font(null, FontWeight.BOLD, 14);
    private static final double HEADING_ROOM = 34;
    /** A column that cannot be sorted never shows the arrow: its heading needs only the padding (14 px measured). */
    private static final double UNSORTED_HEADING_ROOM = 18;

    private TextColumns() {
    }

    public static <S> TableColumn<S, String> of(String title, Function<S, String> value, double width) {
        return of(title, value, width, true);
    }

    /** As {@link #of}, for a column that cannot be sorted: no room kept for the sort arrow it never shows. */
    public static <S> TableColumn<S, String> unsorted(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = of(title, value, width, false);
        column.setSortable(false);
        return column;
    }

    private static <S> TableColumn<S, String> of(String title, Function<S, String> value, double width,
            boolean sortable) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(FullTextTooltip.cells());
        column.setMinWidth(Math.ceil(new Text(title) {
            {
                setFont(HEADING);
            }
        }.getLayoutBounds().getWidth() + (sortable ? HEADING_ROOM : UNSORTED_HEADING_ROOM)));
        column.setPrefWidth(Math.max(width, column.getMinWidth()));
        return column;
    }

    /**
     * Makes a column never narrower than the widest text it shows for its table's rows (all of them, not only those
     * on screen): for what must never be cut, an amount of money, a date, a kind. Its least width only grows; the
     * other columns give way to it.
     */
    public static <S> TableColumn<S, String> keepWhole(TableColumn<S, String> column, Function<S, String> value) {
        Widest<S> widest = new Widest<>(value);
        // The cells' font and padding, once the theme applies to one (null until then).
        Object[] measure = new Object[2];
        // Rows set afresh (after a payment, say) are measured at once, before the frame that draws them: measured
        // in their cells' layout, a wider amount only widened the column a pulse after the rows were first drawn.
        RowsChanged.follow(column, table -> {
            if (measure[0] instanceof Font font) {
                widest.forget();
                fit(column, table, widest.width(table.getItems(), font) + (double) measure[1]);
            }
        });
        column.setCellFactory(c -> FullTextTooltip.on(new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                TableColumn<S, String> shown = getTableColumn();
                TableView<S> table = getTableView();
                if (shown == null || table == null) {
                    return;
                }
                // Measured here, once the theme's font and padding apply. If it grows, the other columns give way
                // before the frame is drawn (SettledColumns), not a pulse later.
                SettledColumns.on(table);
                measure[0] = getFont();
                measure[1] = snappedLeftInset() + snappedRightInset();
                fit(shown, table, widest.width(table.getItems(), getFont()) + (double) measure[1]);
            }
        }));
        return column;
    }

    /** Widens the column to {@code needed} (words and padding) if it is narrower; it never narrows. */
    private static <S> void fit(TableColumn<S, ?> column, TableView<S> table, double needed) {
        double least = Math.ceil(needed + 1);
        if (least > column.getMinWidth()) {
            column.setMinWidth(least);
            SettledColumns.widened(table);
        }
    }

    /** The width of the widest text a column shows for its table's rows, worked out again when they change. */
    private static final class Widest<S> {
        private final Function<S, String> value;
        private final ListChangeListener<S> changed = change -> forget();
        private ObservableList<S> items;
        private Font measuredWith;
        private double width = -1;

        Widest(Function<S, String> value) {
            this.value = value;
        }

        private void follow(ObservableList<S> now) {
            if (items != null) {
                items.removeListener(changed);
            }
            items = now;
            if (items != null) {
                items.addListener(changed);
            }
            forget();
        }

        void forget() {
            width = -1;
        }

        double width(ObservableList<S> shown, Font font) {
            if (shown != items) {
                follow(shown);
            }
            if (width < 0 || !font.equals(measuredWith)) {
                measuredWith = font;
                width = 0;
                Set<String> seen = new HashSet<>();
                Text words = new Text();
                words.setFont(font);
                for (S item : items == null ? List.<S>of() : items) {
                    String text = value.apply(item);
                    // Digits are all one width in the app's fonts, so "£1,234.56" stands for every amount shaped
                    // like it: a few texts to measure, not one per row of a long schedule or import.
                    if (text != null && seen.add(shape(text))) {
                        words.setText(text);
                        width = Math.max(width, words.getLayoutBounds().getWidth());
                    }
                }
            }
            return width;
        }

        private static String shape(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.isDigit(chars[i]) ? '0' : chars[i];
            }
            return new String(chars);
        }
    }
}
