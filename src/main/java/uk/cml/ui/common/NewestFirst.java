package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.TableView;

/**
 * Every list of records shows its newest first and opens at the top, where the newest is. (The arrears schedule is
 * the one exception: a statement with a running balance, oldest first, opened at its newest due at the bottom.)
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** Shows records read oldest first (by date, as the store keeps them) newest first, scrolled to the newest. */
    public static <T> void show(TableView<T> table, List<T> oldestFirst) {
        List<T> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.scrollTo(0);
    }
}
