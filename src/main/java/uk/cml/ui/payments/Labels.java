package uk.cml.ui.payments;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum choices by their plain-English label in a ComboBox. */
final class Labels {

    private Labels() {
    }

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
