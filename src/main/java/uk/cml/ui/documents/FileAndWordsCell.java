package uk.cml.ui.documents;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import uk.cml.store.AttachedDocument;

/**
 * A document's file name, and under it what the parent said it is, its words wrapping onto more lines across the
 * width of both. In a column of its own beside the name, the two dates and the preview, "What it is" had about 110 px at
 * 1024 x 700 and a certificate of posting's words took 5 to 8 lines. A long name wraps onto more lines too (a name
 * with no spaces breaks where the line ends): cut in its middle, "Bank statement ...30 Nov 2026.pdf" did not say which
 * statement it was, and the part that tells two statements or two certificates apart (a bank, a month, a place) is
 * as often in the middle as at either end, so no cut keeps it; pointing at each row to read it is no way to find one,
 * and cannot be done from the keyboard. A row is a line or two taller; the list scrolls. Both read whole on pointing
 * and to a screen reader as well.
 */
final class FileAndWordsCell extends TableCell<AttachedDocument, AttachedDocument> {

    private final Label name = new Label();
    private final Label words = new Label();
    private final VBox both = new VBox(2, name, words) {
        // As wide as the cell, never wider: its words wrap at the cell's width rather than widening the column.
        @Override
        protected double computePrefWidth(double height) {
            return Math.max(0, FileAndWordsCell.this.getWidth() - FileAndWordsCell.this.snappedLeftInset()
                    - FileAndWordsCell.this.snappedRightInset());
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
        }
    };

    FileAndWordsCell() {
        name.getStyleClass().add("documents-file-name");
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        words.getStyleClass().add("documents-what");
        words.setWrapText(true);
        words.setMinWidth(0);
        words.setMaxWidth(Double.MAX_VALUE);
        words.managedProperty().bind(words.visibleProperty());
        both.setFillWidth(true);
        both.setAlignment(Pos.TOP_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.TOP_LEFT);
        // A wider or narrower column wraps the words afresh, so the row takes its new height.
        widthProperty().addListener(obs -> both.requestLayout());
    }

    @Override
    protected void updateItem(AttachedDocument document, boolean empty) {
        super.updateItem(document, empty);
        if (empty || document == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        name.setText(document.originalName());
        words.setText(document.description());
        words.setVisible(!document.description().isEmpty());
        setText(null);
        setGraphic(both);
        Tooltip tip = new Tooltip(document.description().isEmpty() ? document.originalName()
                : document.originalName() + "\n" + document.description());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        setTooltip(tip);
        setAccessibleText(tip.getText());
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double inside = getTableColumn() == null ? width : getTableColumn().getWidth();
        return snappedTopInset() + snappedBottomInset()
                + both.prefHeight(Math.max(0, inside - snappedLeftInset() - snappedRightInset()));
    }
}
