package uk.cml.ui.caseinfo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import uk.cml.ui.common.DateInput;
import uk.cml.ui.common.FormGrid;

/**
 * Correcting the first day of a dated setting's latest change (the latest move between arrangements, the latest
 * Collect and Pay rate), for when the parent typed the wrong day or the CMS's letter gives another: a button that
 * asks for it, then a date field with its problem beside it. Kept out of the way until asked for, and set aside
 * while the setting itself is being changed again.
 */
final class LatestChangeDay {

    private final LocalDate saved;
    private final DateInput day = new DateInput();
    private final BooleanProperty asked = new SimpleBooleanProperty();
    private final BooleanBinding open;
    private final Button ask;
    private final FormGrid grid = new FormGrid();
    private final Label problem;

    /**
     * @param ids      the button's id and the field's ("-error" added for its problem)
     * @param words    the button's words, the field's label and its hint
     * @param saved    the day the latest change began, as saved
     * @param possible whether there has been a change to correct
     * @param setAside true while the setting itself is being changed, so the correction is not offered
     */
    LatestChangeDay(String[] ids, String[] words, LocalDate saved, boolean possible,
            ObservableBooleanValue setAside) {
        this.saved = saved;
        BooleanExpression changing = BooleanExpression.booleanExpression(setAside);
        open = asked.and(changing.not());
        ask = new Button(words[0]);
        ask.setId(ids[0]);
        ask.visibleProperty().bind(asked.not().and(changing.not()).and(new SimpleBooleanProperty(possible)));
        ask.managedProperty().bind(ask.visibleProperty());
        if (possible) {
            day.set(saved);
        }
        problem = grid.add(ids[1], words[1], day.field(), words[2]);
        grid.visibleProperty().bind(open);
        grid.managedProperty().bind(grid.visibleProperty());
        ask.setOnAction(e -> {
            asked.set(true);
            day.field().requestFocus();
        });
    }

    Button ask() {
        return ask;
    }

    FormGrid field() {
        return grid;
    }

    /** The corrected day, once {@link #validate} has passed; empty when not asked for or left as it was. */
    Optional<LocalDate> corrected() {
        return open.get() ? day.date().filter(d -> !d.equals(saved)) : Optional.empty();
    }

    /** Shows what {@code check} finds wrong with the day typed (the date, whether unreadable), while asked for. */
    boolean validate(BiFunction<Optional<LocalDate>, Boolean, Optional<String>> check) {
        return FormGrid.show(problem, open.get() ? check.apply(day.date(), day.hasUnreadableText())
                : Optional.empty());
    }
}
