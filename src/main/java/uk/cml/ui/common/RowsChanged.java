package uk.cml.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Tells a column each time its table's rows are set or changed, at once, before the next frame is laid out: a column
 * that must fit every row (an amount, a status chip) measures them all then, not as their cells come on screen.
 */
public final class RowsChanged {

    private RowsChanged() {
    }

    public static <S> void follow(TableColumn<S, ?> column, Consumer<TableView<S>> changed) {
        @SuppressWarnings("unchecked")
        TableView<S>[] table = new TableView[1];
        ListChangeListener<S> rows = change -> {
            if (table[0] != null) {
                changed.accept(table[0]);
            }
        };
        ChangeListener<ObservableList<S>> items = (obs, old, now) -> {
            if (old != null) {
                old.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            if (table[0] != null) {
                changed.accept(table[0]);
            }
        };
        ChangeListener<TableView<S>> tables = (obs, old, now) -> {
            if (old != null) {
                old.itemsProperty().removeListener(items);
                if (old.getItems() != null) {
                    old.getItems().removeListener(rows);
                }
            }
            table[0] = now;
            if (now != null) {
                now.itemsProperty().addListener(items);
                items.changed(now.itemsProperty(), null, now.getItems());
            }
        };
        column.tableViewProperty().addListener(tables);
        if (column.getTableView() != null) {
            tables.changed(column.tableViewProperty(), null, column.getTableView());
        }
    }
}
