package uk.cml.letters.templates;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Reply-by dates printed in letters. Working days skip weekends only: bank holidays vary by year, and a letter that
 * asks for a reply a day early does no harm.
 */
final class Deadlines {

    /** What the CMS aims for when answering a complaint. */
    static final int COMPLAINT_WORKING_DAYS = 15;
    /** For an ordinary request: long enough to be fair, short enough to chase. */
    static final int REQUEST_DAYS = 14;

    private Deadlines() {
    }

    static LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }

    static LocalDate requestReplyBy(LocalDate letterDate) {
        return letterDate.plusDays(REQUEST_DAYS);
    }

    static LocalDate complaintReplyBy(LocalDate letterDate) {
        return workingDaysAfter(letterDate, COMPLAINT_WORKING_DAYS);
    }
}
