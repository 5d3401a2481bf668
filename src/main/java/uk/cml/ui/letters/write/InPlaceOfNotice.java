package uk.cml.ui.letters.write;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import uk.cml.ui.common.Messages;

/**
 * The sentence saying the new letter replaces the one made earlier and not posted, and the box to keep both instead.
 * The sentence is said in the form, under the choice of letter; the box sits beside Make PDF, and reads the sentence
 * out to a screen reader as its help. Neither takes room when there is no earlier letter. (Both were in the band
 * along the foot of the page, which grew to 170 px at 1024 x 700 and left the form too short: reviewer, Dec 2026.)
 */
final class InPlaceOfNotice {

    private final Label sentence = new Label();
    private final CheckBox keepBoth = new CheckBox(Messages.text("letters.inPlaceOf.keepBoth"));

    InPlaceOfNotice(InPlaceOfEarlier model) {
        sentence.setId("letter-in-place-of");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("note");
        sentence.textProperty().bind(model.notice());
        keepBoth.setId("letter-keep-both");
        keepBoth.setMinWidth(Region.USE_PREF_SIZE);
        keepBoth.setAccessibleText(Messages.text("letters.inPlaceOf.keepBoth"));
        keepBoth.accessibleHelpProperty().bind(model.notice());
        keepBoth.selectedProperty().bindBidirectional(model.keepBoth());
        for (Node node : new Node[] {sentence, keepBoth}) {
            node.managedProperty().bind(model.notice().isNotEmpty());
            node.visibleProperty().bind(node.managedProperty());
        }
    }

    /** The sentence, for the form. */
    Node sentence() {
        return sentence;
    }

    /** "Keep both letters", for the row of buttons. */
    Node keepBoth() {
        return keepBoth;
    }
}
