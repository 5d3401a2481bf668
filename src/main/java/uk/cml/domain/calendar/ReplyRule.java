package uk.cml.domain.calendar;

import uk.cml.domain.Words;

/**
 * How long a reply may take once a letter is treated as delivered. Working days skip weekends and bank holidays;
 * calendar days, months and weeks end on a working day (the next one, as the regulator's rule for a subject access
 * request says).
 */
public sealed interface ReplyRule {

    /** "15 working days". */
    String words();

    record WorkingDays(int days) implements ReplyRule {
        public WorkingDays {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative: " + days);
            }
        }

        @Override
        public String words() {
            return Words.text(days == 1 ? "calendar.rule.oneWorkingDay" : "calendar.rule.workingDays", days);
        }
    }

    record CalendarMonths(int months) implements ReplyRule {
        @Override
        public String words() {
            return months == 1 ? Words.text("calendar.rule.oneMonth") : Words.text("calendar.rule.months", months);
        }
    }

    /** Calendar days, ending on a working day (the next one), as weeks and months do. */
    record Days(int days) implements ReplyRule {
        @Override
        public String words() {
            return Words.text(days == 1 ? "calendar.rule.oneDay" : "calendar.rule.days", days);
        }
    }

    record Weeks(int weeks) implements ReplyRule {
        @Override
        public String words() {
            return Words.text(weeks == 1 ? "calendar.rule.oneWeek" : "calendar.rule.weeks", weeks);
        }
    }
}
