package uk.cml.ui.letters;

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

    /**
     * The warning for this date posted, if any: when it is not a day Post Offices open by the calendar's one rule
     * ({@link UkCalendar#postingDay}: a Sunday or bank holiday, or Christmas Day, Boxing Day or New Year's Day
     * whatever the weekday; another Saturday is fine), the rule the letters count their
     * dates from, so the two never disagree. Sent by email, by hand or online: no counter, so no warning; no way chosen
     * yet: counted as by post.
     */
    Optional<String> warning(Optional<LocalDate> posted, Optional<PostingMethod> method) {
        if (posted.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = posted.get();
        if (calendar.postingDay(day, method.orElse(PostingMethod.FIRST_CLASS)).equals(day)) {
            return Optional.empty();
        }
        String date = UkDates.forField(day);
        return Optional.of(calendar.holidays().on(day)
                .map(h -> Messages.text("letters.sentLetterForm.postedOnBankHoliday", date, h.name()))
                .or(() -> UkCalendar.postOfficesClosedFor(day)
                        .map(name -> Messages.text("letters.sentLetterForm.postedOnClosedDay", date, name)))
                .orElseGet(() -> Messages.text("letters.sentLetterForm.postedOnSunday", date)));
    }
}
