package uk.cml.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;

/**
 * Whether a text has any characters, as {@code textProperty().isNotEmpty()} says, without going through JavaFX's
 * {@code Bindings}: that one class, once loaded, has Java load and check 84 classes of its own (its bindings for every
 * type), which the first window otherwise has no use for (issue 17; 4,989 classes loaded before the first frame).
 */
public final class HasText extends BooleanBinding {

    private final ObservableStringValue text;

    private HasText(ObservableStringValue text) {
        this.text = text;
        bind(text);
    }

    /** True while {@code text} is neither null nor empty; follows it as it changes. */
    public static BooleanBinding of(ObservableStringValue text) {
        return new HasText(text);
    }

    @Override
    protected boolean computeValue() {
        String now = text.get();
        return now != null && !now.isEmpty();
    }
}
