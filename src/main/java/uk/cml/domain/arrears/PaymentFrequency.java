package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How often maintenance falls due under a plan. */
public enum PaymentFrequency {
    WEEKLY("Weekly", 7),
    FORTNIGHTLY("Every 2 weeks", 14),
    FOUR_WEEKLY("Every 4 weeks", 28),
    MONTHLY("Monthly", 0);

    private final String label;
    private final int days;

    PaymentFrequency(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
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
