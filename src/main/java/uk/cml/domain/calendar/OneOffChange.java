package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * A bank holiday made by proclamation: an extra day (a coronation, a state funeral) or a usual one moved
 * (the early May holiday to VE Day).
 *
 * @param replaces the usual holiday's date it takes the place of; empty for an extra day
 */
public record OneOffChange(LocalDate date, Optional<LocalDate> replaces, String name) {

    public OneOffChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(name, "name");
    }

    /** "Moved from Mon 4 May 2020" or "An extra day", for the table the parent sees. */
    public String what() {
        return replaces.map(d -> Words.text("calendar.oneOff.movedFrom", CalendarText.dayAndDate(d)))
                .orElse(Words.text("calendar.oneOff.extraDay"));
    }
}
