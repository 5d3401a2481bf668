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
    /** The buttons, the question asked in their place, and any note above them: fixed below the scrolling form. */
    private final VBox foot;
    private final ScrollPane form;

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
        this.form = form;
        foot = new VBox(8, losing.inPlaceOf(buttons).view(), buttons);
        foot.getStyleClass().add("side-actions");
        setCenter(form);
        setBottom(foot);
    }

    /**
     * A note about what is being typed, shown above the buttons rather than among the fields: coming and going there
     * it moves no field (the form keeps its scrolled place, {@link #keepScrolledPlace}), and it is in sight however
     * far the form is scrolled, just above Save.
     */
    void noteAboveActions(Node note) {
        foot.getChildren().add(0, note);
        keepScrolledPlace();
    }

    /**
     * The form stays where it is in the window as its room or its content changes height (a note coming above the
     * buttons, a line coming in the form below the parent's place): a scroll pane keeps its scrolled fraction, so
     * a form scrolled a little moved by a few pixels under the pointer as either changed.
     */
    private void keepScrolledPlace() {
        if (form.getContent() == null) {
            return;
        }
        Node content = form.getContent();
        // After each layout pass: the room it can scroll through and how far down it is, in pixels. When the room
        // changed, the distance is put back (not worn down by a pass where it had to be less); otherwise the parent
        // scrolled, or a field was brought into view, and the new distance is kept. Looked at once laid out, as
        // during a pass the content's and the viewport's heights may not yet agree (the form came to rest 4 px off).
        // A scroll made since the last pass by anyone but this (the parent's wheel, or FirstProblem.reveal bringing
        // the first wrong answer into view as Save shows the messages) is where the form should be: it is kept, not
        // undone. Putting the distance back over reveal's scroll left the first wrong answer out of sight (a small
        // window test, under load, where the messages and reveal fell in one pass).
        double[] last = {-1, 0};
        boolean[] scrolled = {false};
        boolean[] restoring = {false};
        form.vvalueProperty().addListener((obs, old, now) -> scrolled[0] |= !restoring[0]);
        Runnable afterLayout = () -> {
            if (!form.isVisible()) {
                return;
            }
            double room = room(content);
            double offset = -form.getViewportBounds().getMinY();
            if (last[0] >= 0 && Math.abs(room - last[0]) > 0.5 && !scrolled[0]) {
                last[0] = room;
                double want = Math.max(0, Math.min(last[1], room));
                if (room > 0 && Math.abs(offset - want) > 0.5) {
                    restoring[0] = true;
                    form.setVvalue(form.getVmin() + want / room * (form.getVmax() - form.getVmin()));
                    restoring[0] = false;
                }
                return;
            }
            scrolled[0] = false;
            last[0] = room;
            last[1] = Math.max(0, offset);
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (getScene() != null) {
            getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    /** The height the form can scroll through: its content's less the viewport's. */
    private double room(Node content) {
        return content.getLayoutBounds().getHeight() - form.getViewportBounds().getHeight();
    }

    /** Under the table the form may be folded away; beside it there is room for both, so it is always open. */
    void foldable(boolean below) {
        fold.setVisible(below);
        if (!below) {
            unfold();
        }
    }

    /** Whether the form is folded away under the table. */
    javafx.beans.value.ObservableBooleanValue folded() {
        return folded;
    }

    /** Opens the form again (a record chosen, a button pressed). */
    void unfold() {
        folded.set(false);
    }
}
