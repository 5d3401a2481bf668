package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank holiday the parent added to the records, announced after this copy of the app was made (a proclamation
 * for a coronation, a jubilee or a state funeral comes with a few months' notice): an extra day the one calendar
 * counts from then on, everywhere.
 */
public record AddedBankHoliday(long id, long caseId, LocalDate date, String name) {

    public AddedBankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        name = name.strip();
    }

    /** As the calendar counts it: an extra day, in place of no usual one. */
    public OneOffChange asChange() {
        return new OneOffChange(date, Optional.empty(), name);
    }
}
