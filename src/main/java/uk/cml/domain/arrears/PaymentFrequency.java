package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.cml.domain.Words;

/** How often maintenance falls due under a plan. */
public enum PaymentFrequency implements Labelled {
    WEEKLY(7, 2),
    FORTNIGHTLY(14, 3),
    FOUR_WEEKLY(28, 5),
    MONTHLY(0, 7);

    /** The rule in one sentence, for the Payments page. */
    public static String earlyRule() {
        return Words.text("arrears.frequency.earlyRule");
    }

    private final int days;
    private final int earlyDays;

    PaymentFrequency(int days, int earlyDays) {
        this.days = days;
        this.earlyDays = earlyDays;
    }

    /**
     * How many days before a due date money still counts for that due rather than the one before. About a quarter
     * of the gap between dues: long enough for a payment sent before a weekend or bank holiday, short enough that a
     * late payment for the previous due is rarely taken for an early one.
     */
    public int earlyDays() {
        return earlyDays;
    }

    /**
     * The due date {@code n} steps after {@code anchor} (n = 0 is the anchor itself). Monthly dates are always
     * counted from the anchor, never from the previous due date, so a plan due on the 31st falls on 29 Feb 2028
     * and is back on 31 Mar 2028 rather than drifting to the 29th for good.
     */
    public LocalDate nth(LocalDate anchor, long n) {
        return days == 0 ? anchor.plusMonths(n) : anchor.plusDays(n * days);
    }

    /** The smallest n whose due date is on or after {@code date}; 0 when {@code date} is on or before the anchor. */
    public long firstIndexOnOrAfter(LocalDate anchor, LocalDate date) {
        if (!date.isAfter(anchor)) {
            return 0;
        }
        long n = days == 0 ? ChronoUnit.MONTHS.between(anchor, date) : ChronoUnit.DAYS.between(anchor, date) / days;
        // The estimate is at most one step out either way (month ends clamp), so nudge it into place.
        while (nth(anchor, n).isBefore(date)) {
            n++;
        }
        while (n > 0 && !nth(anchor, n - 1).isBefore(date)) {
            n--;
        }
        return n;
    }
}
