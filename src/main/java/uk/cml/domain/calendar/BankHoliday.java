package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday in England and Wales.
 *
 * @param oneOff true when it comes from the table of proclaimed changes rather than the usual rules
 */
public record BankHoliday(LocalDate date, String name, boolean oneOff) {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
