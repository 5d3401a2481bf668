package uk.cml.ui.common;

import java.time.LocalDate;
import javafx.util.StringConverter;
import uk.cml.domain.UkDates;

/** Shows a date as 8 Nov 2026 and reads back any UK form; text that is not a real date reads as no date. */
public final class UkDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return UkDates.forField(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return text == null || text.isBlank() ? null : UkDates.parse(text).orElse(null);
    }
}
