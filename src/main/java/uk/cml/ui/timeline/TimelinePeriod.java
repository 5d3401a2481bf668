package uk.cml.ui.timeline;

import java.time.LocalDate;
import java.util.Optional;

/** The periods the timeline can be narrowed to, counted back from today. */
enum TimelinePeriod {
    ANY_TIME("Any time", 0),
    LAST_30_DAYS("Last 30 days", 30),
    LAST_3_MONTHS("Last 3 months", 91),
    LAST_12_MONTHS("Last 12 months", 365);

    private final String label;
    private final int days;

    TimelinePeriod(String label, int days) {
        this.label = label;
        this.days = days;
    }

    /** The first day included, or empty for any time. */
    Optional<LocalDate> firstDay(LocalDate today) {
        return days == 0 ? Optional.empty() : Optional.of(today.minusDays(days));
    }

    @Override
    public String toString() {
        return label;
    }
}
