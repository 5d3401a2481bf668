package uk.cml.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * Makes a drop-down show each item by a name written for the parent, in its list, its box and when typed into,
 * never a record's code text (toString).
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static <T> void show(ComboBox<T> combo, Function<T, String> name) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return combo.getItems().stream().filter(item -> name.apply(item).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        combo.setCellFactory(list -> new NamedCell<>(name));
        combo.setButtonCell(new NamedCell<>(name));
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NamedCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
