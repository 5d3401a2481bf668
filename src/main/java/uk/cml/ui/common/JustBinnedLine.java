package uk.cml.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * "Moved to the bin: ..." with "Put it back", shown beside a list whose rows each have a "Move to bin". Its room is
 * kept while it says nothing, so neither its coming nor its going moves the rows under the pointer.
 */
public final class JustBinnedLine extends HBox {

    /**
     * @param prefix starts the ids: "standing-decision" gives standing-decision-binned and ...-binned-put-back
     * @param safe   where the keyboard goes as "Put it back" is pressed and goes: a field of the page's form, never
     *               the list's rows
     */
    public JustBinnedLine(String prefix, JustBinned binned, javafx.scene.Node safe) {
        super(10);
        Label said = new Label();
        said.setId(prefix + "-binned");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.textProperty().bind(binned.textProperty());
        said.getStyleClass().add(SavedWithUndo.STYLE);
        Button putBack = new Button(Messages.text("common.justBinned.putBack"));
        putBack.setId(prefix + "-binned-put-back");
        putBack.setMinWidth(Region.USE_PREF_SIZE);
        putBack.setOnAction(e -> {
            safe.requestFocus();
            binned.putBack();
        });
        // Invisible but laid out while the line says nothing: the room stays, and nothing below it moves.
        said.visibleProperty().bind(binned.textProperty().isNotEmpty());
        putBack.visibleProperty().bind(said.visibleProperty());
        putBack.accessibleTextProperty().bind(binned.textProperty());
        HBox.setHgrow(said, Priority.ALWAYS);
        getChildren().addAll(said, putBack);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("just-binned");
    }
}
