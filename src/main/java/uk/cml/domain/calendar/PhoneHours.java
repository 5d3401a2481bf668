package uk.cml.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.Words;

/**
 * When a phone line is open, read from the words the address book keeps for it ("Monday to Friday, 8am to 6pm"),
 * so the parent's correction there is what the app uses. Bank holidays are always closed.
 *
 * @param words the hours as the address book gives them, quoted back to the parent
 */
public record PhoneHours(DayOfWeek firstDay, DayOfWeek lastDay, Optional<LocalTime> opens,
                         Optional<LocalTime> closes, String words) {

    /** What the CMS's page says when nothing better is known: weekdays, hours not checked. */
    public static final PhoneHours WEEKDAYS = new PhoneHours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, Optional.empty(),
            Optional.empty(), Words.text("calendar.phoneHours.weekdays"));

    private static final Pattern DAYS = Pattern.compile("(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "\\s+to\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?\\s*(am|pm)\\s*(?:to|-|–)\\s*"
            + "(\\d{1,2})(?:[.:](\\d{2}))?\\s*(am|pm)");

    /** Reads "Monday to Friday, 8am to 6pm" or "8.30am to 3.30pm"; days alone give no hours; nothing gives WEEKDAYS. */
    public static PhoneHours read(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.UK);
        Matcher days = DAYS.matcher(lower);
        if (!days.find()) {
            return WEEKDAYS;
        }
        DayOfWeek first = DayOfWeek.valueOf(days.group(1).toUpperCase(Locale.UK));
        DayOfWeek last = DayOfWeek.valueOf(days.group(2).toUpperCase(Locale.UK));
        Matcher times = TIMES.matcher(lower);
        if (!times.find(days.end())) {
            return new PhoneHours(first, last, Optional.empty(), Optional.empty(),
                    text.substring(days.start(), days.end()));
        }
        return new PhoneHours(first, last, Optional.of(time(times.group(1), times.group(2), times.group(3))),
                Optional.of(time(times.group(4), times.group(5), times.group(6))),
                text.substring(days.start(), times.end()));
    }

    private static LocalTime time(String hour, String minute, String half) {
        int h = Integer.parseInt(hour) % 12 + (half.equals("pm") ? 12 : 0);
        return LocalTime.of(h, minute == null ? 0 : Integer.parseInt(minute));
    }

    public boolean openOn(DayOfWeek day) {
        return day.getValue() >= firstDay.getValue() && day.getValue() <= lastDay.getValue();
    }

    public boolean openAt(LocalTime time) {
        return opens.map(o -> !time.isBefore(o)).orElse(true) && closes.map(c -> !time.isAfter(c)).orElse(true);
    }
}
