package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import uk.cml.domain.UkDates;

/**
 * One field of a form as the {@link DraftKeeper} keeps it: its control id, what it holds as text, how to put that
 * back, and what changes when the parent types. Most fields are found by {@link #under}; a field the walk cannot
 * read (the rows of losses in a letter) is made with this constructor by its editor.
 */
public record DraftField(String id, Observable changes, Supplier<String> read, Consumer<String> write) {

    /**
     * Every field with an id under {@code root}: texts, dates as typed, choices (by their words) and
     * ticks. A control's insides (its skin) are not fields; a field without an id cannot be put back, so is left.
     */
    public static List<DraftField> under(Node root) {
        List<DraftField> fields = new ArrayList<>();
        add(root, fields);
        return fields;
    }

    private static void add(Node node, List<DraftField> fields) {
        if (node.getId() != null && of(node) != null) {
            fields.add(of(node));
        } else if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                add(scroll.getContent(), fields);
            }
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> add(child, fields));
        }
    }

    private static DraftField of(Node node) {
        String id = node.getId();
        if (node instanceof TextInputControl text) {
            return new DraftField(id, text.textProperty(), text::getText, text::setText);
        }
        if (node instanceof DatePicker date) {
            // The text as typed, so a date not yet readable ("31/02") comes back as the parent left it.
            return new DraftField(id, date.getEditor().textProperty(), () -> date.getEditor().getText(), typed -> {
                date.setValue(UkDates.parse(typed).orElse(null));
                date.getEditor().setText(typed);
            });
        }
        if (node instanceof ComboBox<?> choice) {
            return new DraftField(id, choice.valueProperty(), () -> String.valueOf(choice.getValue()),
                    chosen -> choose(choice.getItems(), chosen, choice.getSelectionModel(),
                            () -> choice.setValue(null)));
        }
        if (node instanceof ChoiceBox<?> choice) {
            return new DraftField(id, choice.valueProperty(), () -> String.valueOf(choice.getValue()),
                    chosen -> choose(choice.getItems(), chosen, choice.getSelectionModel(),
                            () -> choice.setValue(null)));
        }
        if (node instanceof javafx.scene.control.CheckBox tick) {
            return new DraftField(id, tick.selectedProperty(), () -> String.valueOf(tick.isSelected()),
                    selected -> tick.setSelected(Boolean.parseBoolean(selected)));
        }
        if (node instanceof Toggle toggle) {
            return new DraftField(id, toggle.selectedProperty(), () -> String.valueOf(toggle.isSelected()),
                    selected -> toggle.setSelected(Boolean.parseBoolean(selected)));
        }
        return null;
    }

    /** How a drop-down with nothing chosen is kept: as {@link #of} reads it, {@code String.valueOf(null)}. */
    private static final String NONE = String.valueOf((Object) null);

    /**
     * The item that was chosen, found by its words; none when the list no longer holds it (nothing is guessed). A
     * drop-down kept with nothing chosen is emptied ({@code none}): "Clear it" after a put-back then leaves a box
     * empty that was empty before, on every form (the Calls page's "Who called" had to be emptied by hand).
     */
    private static void choose(List<?> items, String chosen, javafx.scene.control.SingleSelectionModel<?> model,
                               Runnable none) {
        if (NONE.equals(chosen)) {
            model.clearSelection();
            none.run();
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (String.valueOf(items.get(i)).equals(chosen)) {
                model.select(i);
                return;
            }
        }
    }
}
