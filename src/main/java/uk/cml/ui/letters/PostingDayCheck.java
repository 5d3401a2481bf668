package uk.cml.ui.letters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.UkDates;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.ui.common.Messages;

/**
 * A gentle word beside the date posted when it falls on a Sunday or a bank holiday (from the app's one calendar):
 * Post Office counters, where a certificate of posting is given, are mostly closed then. Not an error: some branches
 * open, and the parent may be right, so the date is saved as typed.
 */
final class PostingDayCheck {

    private final UkCalendar calendar;

    PostingDayCheck(UkCalendar calendar) {
        this.calendar = calendar;
    }

    /** The warning for this date posted, if any. Sent by email, by hand or online: no counter, so no warning. */
    Optional<String> warning(Optional<LocalDate> posted, Optional<PostingMethod> method) {
        if (posted.isEmpty() || method.map(m -> !m.byPost()).orElse(false)) {
            return Optional.empty();
        }
        LocalDate day = posted.get();
        String date = UkDates.forField(day);
        return calendar.holidays().on(day)
                .map(h -> Messages.text("letters.sentLetterForm.postedOnBankHoliday", date, h.name()))
                .or(() -> day.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? Optional.of(Messages.text("letters.sentLetterForm.postedOnSunday", date))
                        : Optional.empty());
    }
}
