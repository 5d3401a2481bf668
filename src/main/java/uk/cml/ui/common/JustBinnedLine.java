package uk.cml.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * "Moved to the bin: ..." with "Put it back", shown beside a list whose rows each have a "Move to bin". It takes no
 * room until it first says something (an empty line as tall as a button, between a form and its list, looked a
 * mistake); from then on its room is kept while it says nothing, so neither its coming again nor its going moves the
 * rows under the pointer. The page keeps the control with the keyboard in place as it first appears.
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
        setManaged(false);
        setVisible(false);
        binned.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && !isManaged()) {
                setManaged(true);
                setVisible(true);
            }
        });
    }
}
