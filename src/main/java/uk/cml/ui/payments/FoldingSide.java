package uk.cml.ui.payments;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.LosingQuestion;
import uk.cml.ui.common.Messages;

/**
 * A tab's form with its buttons fixed below it (see {@link Scrolling#withActions}). Under its table, in a small
 * window, the form took over half the tab and the list showed about three payments at 1024 x 768: there the parent
 * can fold the form away to read the list, and its buttons stay in view. Pressing one of them, or opening a record
 * in the form, unfolds it, so nothing is ever saved or asked about out of sight.
 */
final class FoldingSide extends BorderPane {

    /** A plain button, not a toggle: a pressed-in toggle's look made its words hard to read. */
    private final Button fold = new Button();
    private final BooleanProperty folded = new SimpleBooleanProperty(false);

    FoldingSide(String idPrefix, ScrollPane form, LosingQuestion losing, Node... actions) {
        fold.setId(idPrefix + "-form-fold");
        fold.setMinWidth(Region.USE_PREF_SIZE);
        fold.setOnAction(e -> folded.set(!folded.get()));
        fold.textProperty().bind(javafx.beans.binding.Bindings.when(folded)
                .then(Messages.text("payments.foldingSide.showTheForm"))
                .otherwise(Messages.text("payments.foldingSide.hideTheForm")));
        fold.setAccessibleHelp(Messages.text("payments.foldingSide.help"));
        fold.managedProperty().bind(fold.visibleProperty());
        fold.setVisible(false);
        form.visibleProperty().bind(folded.not());
        form.managedProperty().bind(form.visibleProperty());
        for (Node action : actions) {
            action.addEventFilter(ActionEvent.ACTION, e -> unfold());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, actions);
        buttons.getChildren().addAll(gap, fold);
        VBox foot = new VBox(8, losing.inPlaceOf(buttons).view(), buttons);
        foot.getStyleClass().add("side-actions");
        setCenter(form);
        setBottom(foot);
    }

    /** Under the table the form may be folded away; beside it there is room for both, so it is always open. */
    void foldable(boolean below) {
        fold.setVisible(below);
        if (!below) {
            unfold();
        }
    }

    /** Opens the form again (a record chosen, a button pressed). */
    void unfold() {
        folded.set(false);
    }
}
