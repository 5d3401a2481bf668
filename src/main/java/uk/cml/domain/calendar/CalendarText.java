package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.cml.domain.UkFormats;

/** Dates as the calendar explains them: with the day of the week, since that is what moves a date. */
public final class CalendarText {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private CalendarText() {
    }

    /** "Mon 4 May 2020". */
    public static String dayAndDate(LocalDate date) {
        return shortWeekday(date) + " " + UkFormats.shortDate(date);
    }

    /**
     * "Mon 23 Nov", or "Tue 4 Jan 2028" when {@code date} is not in {@code yearOf}'s year: for a date read beside
     * another that gives the year, so leaving it out says nothing new.
     */
    public static String dayAndDateBeside(LocalDate date, LocalDate yearOf) {
        return date.getYear() == yearOf.getYear()
                ? date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + DAY_MONTH.format(date)
                : dayAndDate(date);
    }

    /** "25 Sep": for a date read in a list whose last date gives the year. */
    public static String dayAndMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** "Mon", as {@link #dayAndDate} begins. */
    public static String shortWeekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    /** "Monday". */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
