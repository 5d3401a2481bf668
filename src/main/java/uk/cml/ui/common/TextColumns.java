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
        return keep(column, value, Double.MAX_VALUE, false);
    }

    /**
     * For words that must read as typed, a bank reference above all ("M OTHERPARENT CMS" read "M OTHERPARE" over
     * "NT CM..." in a 100 px column): they wrap onto more lines only between words, never inside one. The column is
     * never narrower than the widest word in its table's rows (all of them), up to {@code widestAtMost}; a word too
     * long even for that reads on one line ending in "...", and every cell has its whole text on pointing.
     */
    public static <S> TableColumn<S, String> keepWordsWhole(TableColumn<S, String> column, Function<S, String> value,
            double widestAtMost) {
        return keep(column, item -> lineEachWord(value.apply(item)), widestAtMost, true);
    }

    /** The words on a line each: a Text of them is as wide as the widest word. */
    private static String lineEachWord(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", "\n");
    }

    private static <S> TableColumn<S, String> keep(TableColumn<S, String> column, Function<S, String> value,
            double widestAtMost, boolean wrapBetweenWords) {
        Widest<S> widest = new Widest<>(value);
        // The cells' font and padding, once the theme applies to one (null until then).
        Object[] measure = new Object[2];
        // Rows set afresh (after a payment, say) are measured at once, before the frame that draws them: measured
        // in their cells' layout, a wider amount only widened the column a pulse after the rows were first drawn.
        RowsChanged.follow(column, table -> {
            if (measure[0] instanceof Font font) {
                widest.forget();
                fit(column, table, Math.min(widestAtMost, widest.width(table.getItems(), font) + (double) measure[1]));
            }
        });
        column.setCellFactory(c -> rewrapOnResize(c, wrapBetweenWords, FullTextTooltip.on(new TableCell<>() {
            /** Each word's width in this cell's font, for the text it shows (wrapped only if every word fits). */
            private final Text words = new Text();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }

            @Override
            protected double computePrefHeight(double width) {
                // A row asks for its height with no width: the words wrap at the column's.
                double at = wrapBetweenWords && c.getWidth() > 0 ? c.getWidth() : width;
                wrapIfEveryWordFits(at);
                return super.computePrefHeight(at);
            }

            /**
             * JavaFX breaks a word too wide for the cell anywhere inside it: a text with such a word reads on one
             * line, cut with "...", instead.
             */
            private void wrapIfEveryWordFits(double width) {
                if (!wrapBetweenWords) {
                    return;
                }
                words.setFont(getFont());
                words.setText(getText() == null ? "" : lineEachWord(getText()));
                double room = width - snappedLeftInset() - snappedRightInset();
                setWrapText(width <= 0 || Math.ceil(words.getLayoutBounds().getWidth()) <= room);
            }

            @Override
            protected void layoutChildren() {
                wrapIfEveryWordFits(getWidth());
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
                fit(shown, table, Math.min(widestAtMost, widest.width(table.getItems(), getFont())
                        + (double) measure[1]));
            }
        })));
        return column;
    }

    /**
     * A wider or narrower column wraps a cell's words afresh, so its row takes its new height. Held by the cell,
     * listened to weakly: the column outlives the cells the table makes and drops (as WrappingCells).
     */
    private static <S> TableCell<S, String> rewrapOnResize(TableColumn<S, String> column, boolean wraps,
            TableCell<S, String> cell) {
        if (wraps) {
            javafx.beans.InvalidationListener rewrap = obs -> cell.requestLayout();
            cell.getProperties().put(TextColumns.class, rewrap);
            column.widthProperty().addListener(new javafx.beans.WeakInvalidationListener(rewrap));
        }
        return cell;
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
