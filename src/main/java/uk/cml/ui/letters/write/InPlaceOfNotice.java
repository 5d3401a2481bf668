package uk.cml.ui.letters.write;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;

/**
 * The sentence above Make PDF saying the new letter replaces the one made earlier and not posted, and the box to
 * keep both instead. Takes no room when there is no earlier letter.
 */
final class InPlaceOfNotice {

    private final VBox view;

    InPlaceOfNotice(InPlaceOfEarlier model) {
        Label said = new Label();
        said.setId("letter-in-place-of");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.getStyleClass().add("note");
        said.textProperty().bind(model.notice());
        CheckBox keepBoth = new CheckBox(Messages.text("letters.inPlaceOf.keepBoth"));
        keepBoth.setId("letter-keep-both");
        keepBoth.setAccessibleText(Messages.text("letters.inPlaceOf.keepBoth"));
        keepBoth.selectedProperty().bindBidirectional(model.keepBoth());
        view = new VBox(4, said, keepBoth);
        view.getStyleClass().add("in-place-of");
        view.managedProperty().bind(model.notice().isNotEmpty());
        view.visibleProperty().bind(view.managedProperty());
    }

    Node view() {
        return view;
    }
}
