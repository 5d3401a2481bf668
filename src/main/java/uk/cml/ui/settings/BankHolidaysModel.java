package uk.cml.ui.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.BankHoliday;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.ui.common.Messages;

/**
 * What Settings shows of the bank holidays the one calendar counts: this year's and next year's in England and Wales,
 * each with its date and name, those the parent added marked so they can be removed; and the check of a day the
 * parent adds. Plain Java: tested without a window.
 */
public final class BankHolidaysModel {

    /**
     * One bank holiday as listed: "Fri 3 Apr 2026", "Good Friday".
     *
     * @param addedId the id of the parent's record when the parent added it; 0 for one from the rules or GOV.UK's list
     */
    public record Row(LocalDate date, String day, String name, long addedId) {

        public boolean added() {
            return addedId != 0;
        }
    }

    private BankHolidaysModel() {
    }

    /** This year's and next year's bank holidays as the calendar counts them, in date order. */
    public static List<Row> rows(UkCalendar calendar, List<AddedBankHoliday> added, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (BankHoliday holiday : calendar.holidays().inYear(year)) {
                long id = added.stream().filter(a -> a.date().equals(holiday.date())).mapToLong(AddedBankHoliday::id)
                        .findFirst().orElse(0);
                rows.add(new Row(holiday.date(), CalendarText.dayAndDate(holiday.date()), holiday.name(), id));
            }
        }
        return rows;
    }

    /**
     * Where the list comes from, for the line under the heading: the rules and GOV.UK's list, with the day that list
     * was last checked when known.
     */
    public static String source(UkCalendar calendar) {
        return calendar.holidays().tableChecked()
                .map(day -> Messages.text("settings.bankHolidays.sourceChecked", UkFormats.shortDate(day)))
                .orElse(Messages.text("settings.bankHolidays.source"));
    }

    /** Why a day cannot be added as typed, or empty when it can. */
    public static Optional<String> problem(LocalDate date, String name, UkCalendar calendar) {
        if (date == null) {
            return Optional.of(Messages.text("settings.bankHolidays.chooseDay"));
        }
        if (name == null || name.isBlank()) {
            return Optional.of(Messages.text("settings.bankHolidays.giveName"));
        }
        // The name is printed in letters and the pack beside a due on that day: a name, not a note.
        Optional<String> tooLong = uk.cml.domain.TextLimit.SHORT.problem(name);
        if (tooLong.isPresent()) {
            return tooLong;
        }
        Optional<BankHoliday> already = calendar.holidays().on(date);
        if (already.isPresent()) {
            return Optional.of(Messages.text("settings.bankHolidays.already", CalendarText.dayAndDate(date),
                    already.get().name()));
        }
        if (!calendar.isWorkingDay(date)) {
            return Optional.of(Messages.text("settings.bankHolidays.weekend", CalendarText.dayAndDate(date)));
        }
        return Optional.empty();
    }
}
