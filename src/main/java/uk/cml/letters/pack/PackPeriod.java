package uk.cml.letters.pack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.cml.domain.UkFormats;

/** The days a pack covers, both ends included. */
public record PackPeriod(LocalDate from, LocalDate until) {

    public PackPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("The end of the period, " + UkFormats.shortDate(until)
                    + ", is before its start, " + UkFormats.shortDate(from) + ". Swap the dates or change one.");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    public boolean contains(LocalDateTime moment) {
        return contains(moment.toLocalDate());
    }

    /** "1 Jan 2024 to 31 Dec 2025". */
    public String describe() {
        return UkFormats.shortDate(from) + " to " + UkFormats.shortDate(until);
    }
}
