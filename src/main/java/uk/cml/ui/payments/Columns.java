package uk.cml.ui.payments;

import java.util.function.Function;
import javafx.scene.control.TableColumn;
import uk.cml.ui.common.TextColumns;

/** Read-only text columns for the tables on this page. */
final class Columns {

    private Columns() {
    }

    static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        return TextColumns.unsorted(title, value, width);
    }

    /**
     * Money reads best lined up on the right, and is never cut: the column is never narrower than the widest amount
     * in the table (all its rows, not only those on screen), so "£1,234.56" or "In credit £12,345.67" never reads
     * "£1,23...". Other columns give way, or the table scrolls sideways (ScheduleTable.scrollWhenTooNarrow), rather
     * than cut a figure.
     */
    static <S> TableColumn<S, String> money(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = text(title, value, width);
        column.getStyleClass().add("money-column");
        return TextColumns.keepWhole(column, value);
    }
}
