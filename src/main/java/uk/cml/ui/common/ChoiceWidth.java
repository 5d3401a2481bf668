package uk.cml.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import uk.cml.domain.Labelled;

/**
 * Keeps a drop-down in a form at least as wide as its longest choice, measured from the choices' words. JavaFX's
 * own preferred width for a drop-down follows the widest its list has ever been laid out: after the window was wide
 * once, a minimum taken from it held the form wide and squeezed the table beside it.
 */
final class ChoiceWidth {

    /** The cell's padding on both sides, the arrow button and the border: measured on the Primer theme. */
    private static final double AROUND_THE_WORDS = 56;

    private ChoiceWidth() {
    }

    static <T> void keep(ComboBox<T> choices) {
        // No wider than the stylesheet lets a form's field be (.form-field): a choice made of the parent's own words
        // (a sent letter's title, on "A reply to") held the form 834 px wide at 1366. Longer words end in "...",
        // the whole of them shown on pointing.
        Runnable measure = () -> choices.setMinWidth(Math.min(longest(choices),
                choices.getMaxWidth() > 0 ? choices.getMaxWidth() : Double.MAX_VALUE));
        choices.maxWidthProperty().addListener(o -> measure.run());
        choices.skinProperty().addListener((obs, old, skin) -> {
            if (choices.lookup(".list-cell") instanceof javafx.scene.control.ListCell<?> shown) {
                FullTextTooltip.on(shown);
            }
        });
        ListChangeListener<T> changed = change -> measure.run();
        choices.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(changed);
            }
            if (now != null) {
                now.addListener(changed);
            }
            measure.run();
        });
        if (choices.getItems() != null) {
            choices.getItems().addListener(changed);
        }
        choices.converterProperty().addListener(o -> measure.run());
        measure.run();
    }

    private static double longest(ComboBox<?> choices) {
        double widest = 0;
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), Font.getDefault().getSize() * 1.1));
        if (choices.getItems() == null) {
            return 0;
        }
        for (Object item : choices.getItems()) {
            measure.setText(words(choices, item));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + AROUND_THE_WORDS);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String words(ComboBox choices, Object item) {
        if (item instanceof Labelled labelled) {
            return labelled.label();
        }
        return choices.getConverter() == null ? String.valueOf(item) : choices.getConverter().toString(item);
    }
}
