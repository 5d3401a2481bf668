package uk.cml.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Shows each value by words written for the parent ("Monthly", "Bank transfer", "£1,200" on a chart's axis), never a
 * record's code text (toString), for a choice picked from a list or a value only shown: nothing is typed that would
 * have to be turned back into a value. The one converter of the drop-downs of Payments, the plan's fields, the case
 * switcher and the Overview's chart axes.
 */
public final class ShownBy {

    private ShownBy() {
    }

    /** Shows a value by {@code words}, and no value as nothing. */
    public static <T> StringConverter<T> words(Function<? super T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Choices are picked or shown, not typed");
            }
        };
    }
}
