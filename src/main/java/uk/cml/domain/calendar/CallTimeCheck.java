package uk.cml.domain.calendar;

import java.time.LocalDateTime;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * A gentle question when a call is logged for a time the CMS's lines are shut: a weekend, a bank holiday, or
 * outside its published hours. It never stops the parent saving; a wrong date is easy to type and hard to spot.
 */
public final class CallTimeCheck {

    private CallTimeCheck() {
    }

    public static Optional<String> question(LocalDateTime when, PhoneHours hours, UkCalendar calendar) {
        String open = hours.words();
        Optional<BankHoliday> holiday = calendar.holidays().on(when.toLocalDate());
        if (holiday.isPresent()) {
            return Optional.of(Words.text("calendar.callTime.bankHoliday", holiday.get().name(), open));
        }
        if (!hours.openOn(when.getDayOfWeek())) {
            return Optional.of(Words.text("calendar.callTime.day", CalendarText.weekday(when.toLocalDate()), open));
        }
        if (!hours.openAt(when.toLocalTime())) {
            return Optional.of(Words.text("calendar.callTime.time", UkFormats.TIME.format(when.toLocalTime()), open));
        }
        return Optional.empty();
    }
}
