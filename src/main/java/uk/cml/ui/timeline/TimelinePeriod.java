package uk.cml.ui.timeline;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.ui.common.Messages;

/** The periods the timeline can be narrowed to, counted back from today. */
enum TimelinePeriod {
    ANY_TIME(Messages.text("timeline.period.anyTime"), 0),
    LAST_30_DAYS(Messages.text("timeline.period.last30Days"), 30),
    LAST_3_MONTHS(Messages.text("timeline.period.last3Months"), 91),
    LAST_12_MONTHS(Messages.text("timeline.period.last12Months"), 365);

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
