package uk.cml.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import uk.cml.domain.UkDates;

/** A date picker that reads and writes UK dates (22/11/2026) and also accepts 22 Nov 2026 typed in. */
public final class UkDateField extends DatePicker {

    public UkDateField() {
        setPromptText("dd/mm/yyyy");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.forField(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return UkDates.parse(text).orElse(null);
            }
        });
    }

    /** What is in the box now, even if the parent has not pressed Enter or left the field. */
    public Optional<LocalDate> typedDate() {
        String text = getEditor().getText();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return UkDates.parse(text);
    }

    /** True when something is typed that is not a date (so "missing" and "not a date" get different messages). */
    public boolean hasUnreadableText() {
        String text = getEditor().getText();
        return text != null && !text.isBlank() && UkDates.parse(text).isEmpty();
    }

    public void setDate(LocalDate date) {
        setValue(date);
        getEditor().setText(UkDates.forField(date));
    }
}
