package uk.cml.ui.common;

import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * Cells whose words wrap onto more lines instead of ending in "...": a letter's title and how it went in the list of
 * letters sent, the chosen letter, call and address on the Write a letter page, and where a payment plan came from,
 * all cut at 1024 wide.
 */
public final class WrappingCells {

    private WrappingCells() {
    }

    /** Plain text cells for a table column, as tall as their wrapped words need. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> table() {
        return table(Integer.MAX_VALUE);
    }

    /**
     * The same, with words beyond the first {@code mostChars} characters left off at a word's end and "..." in their
     * place; the whole text reads in the cell's tooltip (a letter's summary can run to pages; its row should not).
     * Cut by characters, not lines, so an amount is never half shown at the foot of a row.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> table(int mostChars) {
        return column -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    String shown = empty || text == null ? null : firstWords(text, mostChars);
                    // "(to Child Maintenance Service 21)" never leaves "21)" alone on a line (KeptTogether).
                    setText(KeptTogether.shortNumbers(shown));
                    // Always the whole text on pointing: a row cut by the table's foot, or a fixed-height row, may
                    // show only some of its lines, and with no "..." where they stop.
                    setTooltip(shown == null || shown.isEmpty() ? null : wholeText(text));
                }

                @Override
                protected double computePrefHeight(double width) {
                    return super.computePrefHeight(wrapAt(width, () -> column.getWidth()));
                }
            };
            cell.setWrapText(true);
            // A wider or narrower column wraps the words afresh, so the row takes its new height. Held by the cell,
            // listened to weakly: the column outlives the cells the table makes and drops.
            InvalidationListener rewrap = obs -> cell.requestLayout();
            cell.getProperties().put(WrappingCells.class, rewrap);
            column.widthProperty().addListener(new WeakInvalidationListener(rewrap));
            return cell;
        };
    }

    /**
     * Cells for a table whose rows keep one height ({@code setFixedCellSize}): the words wrap onto as many lines as
     * the row has room for, end in "..." where they stop, and read in full on pointing.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> inFixedRows() {
        return inFixedRows(null);
    }

    /**
     * The same, for a column whose words may be a shorter form of the row's whole words ({@code whole}, or null when
     * they never are): the whole words read on pointing and are what a screen reader reads for the cell.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> inFixedRows(Function<S, String> whole) {
        return column -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    String all = empty || text == null || whole == null ? text : wholeOf(this, whole, text);
                    setTooltip(empty || all == null || all.isEmpty() ? null : wholeText(all));
                    setAccessibleText(empty || all == null || all.equals(text) ? null : all);
                }
            };
            cell.setWrapText(true);
            return cell;
        };
    }

    /** The row's whole words, found by the cell's index (set before its item), or {@code shown} without a row. */
    private static <S> String wholeOf(TableCell<S, String> cell, Function<S, String> whole, String shown) {
        TableView<S> table = cell.getTableView();
        int index = cell.getIndex();
        return table == null || index < 0 || index >= table.getItems().size() ? shown
                : whole.apply(table.getItems().get(index));
    }

    /**
     * Lays the table's rows out afresh once its width has changed: a row keeps the height it was first given, so
     * without this a letter whose words wrap onto more lines in a narrower window is cut at its old height.
     */
    public static void refitRowsOnResize(TableView<?> table) {
        boolean[] asked = {false};
        table.widthProperty().addListener(obs -> {
            if (!asked[0]) {
                asked[0] = true;
                Platform.runLater(() -> {
                    asked[0] = false;
                    table.refresh();
                });
            }
        });
    }

    /** The text up to {@code most} characters, ending at a whole word, with "..." when some is left off. */
    public static String firstWords(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int end = text.lastIndexOf(' ', most);
        return text.substring(0, end > 0 ? end : most).stripTrailing() + "\u2026";
    }

    private static Tooltip wholeText(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    /** Gives the drop-down a button showing its choice in full, on as many lines as it needs (or its hint). */
    public static <T> void button(ComboBox<T> box, Function<T, String> words) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : words.apply(item));
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(wrapAt(width, this::getWidth));
            }

            @Override
            protected double computePrefWidth(double height) {
                // Its width comes from the drop-down's place in the form, never from the length of the words.
                return 0;
            }

            @Override
            protected double computeMinWidth(double height) {
                return 0;
            }
        };
        cell.setWrapText(true);
        cell.widthProperty().addListener((obs, old, now) -> cell.requestLayout());
        box.setButtonCell(cell);
    }

    /**
     * A cell wraps at the width it has: its row (or drop-down) asks for its height with no width (-1) or with its
     * own, which takes no account of the arrow beside the cell.
     */
    private static double wrapAt(double width, DoubleSupplier has) {
        return has.getAsDouble() > 0 ? has.getAsDouble() : width;
    }
}
