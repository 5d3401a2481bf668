package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.cml.domain.arrears.LineStatus;

/** The choices above the schedule: which period, and which kinds of line. */
final class ScheduleFilter {

    enum Period {
        ALL("All time"), THIS_YEAR("This year"), LAST_12_MONTHS("Last 12 months"), LAST_3_MONTHS("Last 3 months");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        LocalDate from(LocalDate today) {
            return switch (this) {
                case ALL -> LocalDate.MIN;
                case THIS_YEAR -> today.withDayOfYear(1);
                case LAST_12_MONTHS -> today.minusMonths(12);
                case LAST_3_MONTHS -> today.minusMonths(3);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum Show {
        EVERYTHING("Every due", EnumSet.allOf(LineStatus.class)),
        SHORT("Nothing or part received", EnumSet.of(LineStatus.NOTHING_RECEIVED, LineStatus.PART_PAID)),
        LATE("Paid late", EnumSet.of(LineStatus.PAID_LATE)),
        CLEARED("Settled, written off or offset", EnumSet.of(LineStatus.SETTLED, LineStatus.WRITTEN_OFF,
                LineStatus.OFFSET));

        private final String label;
        final Set<LineStatus> statuses;

        Show(String label, Set<LineStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private ScheduleFilter() {
    }
}
