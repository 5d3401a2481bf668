package uk.cml.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
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
}
