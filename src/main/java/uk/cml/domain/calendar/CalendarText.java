package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.cml.domain.UkFormats;

/** Dates as the calendar explains them: with the day of the week, since that is what moves a date. */
public final class CalendarText {

    private CalendarText() {
    }

    /** "Mon 4 May 2020". */
    public static String dayAndDate(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + UkFormats.shortDate(date);
    }

    /** "Monday". */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
