package uk.cml.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * A row in a list or table has a fixed width, so a long entry is cut short with "...": pointing at it shows the
 * whole text. Only rows with text get a tooltip.
 */
public final class FullTextTooltip {

    private FullTextTooltip() {
    }

    public static <T extends Labeled> T on(T labeled) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(labeled.textProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        labeled.tooltipProperty().bind(Bindings.when(labeled.textProperty().isEmpty().or(
                labeled.textProperty().isNull())).then((Tooltip) null).otherwise(tip));
        return labeled;
    }

    /** Plain text cells for a table column, each with its whole text on pointing. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells() {
        return column -> on(new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
    }
}
