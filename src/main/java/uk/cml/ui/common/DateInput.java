package uk.cml.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.input.KeyEvent;
import uk.cml.domain.UkDates;

/**
 * A UK date field that remembers what the parent typed. When focus leaves a date picker holding text
 * that is not a date (31/02/2026), JavaFX empties the box before the Save button acts, so the parent
 * would be told to "enter the date" about a date they did type. This keeps their text and says it
 * cannot be read.
 */
public final class DateInput {

    private final UkDateField field = new UkDateField();
    private String typed = "";

    public DateInput() {
        // Key events only: the picker's own emptying of the box must not count as the parent's typing.
        field.getEditor().addEventHandler(KeyEvent.KEY_RELEASED, e -> typed = field.getEditor().getText());
        field.valueProperty().addListener((obs, old, now) -> {
            String text = typed;
            if (now == null && unreadable(text)) {
                Platform.runLater(() -> field.getEditor().setText(text));
            }
        });
    }

    public UkDateField field() {
        return field;
    }

    public void set(LocalDate date) {
        typed = "";
        field.setDate(date);
    }

    public Optional<LocalDate> date() {
        return field.typedDate().or(() -> Optional.ofNullable(field.getValue()));
    }

    /** True when what is in the box, or what the parent last typed into it, is not a date. */
    public boolean hasUnreadableText() {
        return field.hasUnreadableText() || (field.getValue() == null && unreadable(typed));
    }

    private static boolean unreadable(String text) {
        return text != null && !text.isBlank() && UkDates.parse(text).isEmpty();
    }
}
