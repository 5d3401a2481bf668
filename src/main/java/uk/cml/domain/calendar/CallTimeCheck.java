package uk.cml.domain.calendar;

import java.time.LocalDateTime;
import java.util.Optional;
import uk.cml.domain.UkFormats;

/**
 * A gentle question when a call is logged for a time the CMS's lines are shut: a weekend, a bank holiday, or
 * outside its published hours. It never stops the parent saving; a wrong date is easy to type and hard to spot.
 */
public final class CallTimeCheck {

    private CallTimeCheck() {
    }

    public static Optional<String> question(LocalDateTime when, PhoneHours hours, UkCalendar calendar) {
        String open = " The CMS's lines are open " + hours.words() + ". If the date and time are right, save it as"
                + " it is.";
        Optional<BankHoliday> holiday = calendar.holidays().on(when.toLocalDate());
        if (holiday.isPresent()) {
            return Optional.of("Was this call on " + holiday.get().name() + "? It is a bank holiday." + open);
        }
        if (!hours.openOn(when.getDayOfWeek())) {
            return Optional.of("Was this call on " + CalendarText.weekday(when.toLocalDate()) + "?" + open);
        }
        if (!hours.openAt(when.toLocalTime())) {
            return Optional.of("Was this call at " + UkFormats.TIME.format(when.toLocalTime()) + "?" + open);
        }
        return Optional.empty();
    }
}
