package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.arrears.ScheduleNote;
import uk.cml.ui.common.Messages;

/** The choices above the schedule: which period, and which kinds of line. */
final class ScheduleFilter {

    enum Period {
        ALL(Messages.text("payments.scheduleFilter.allTime")),
        THIS_YEAR(Messages.text("payments.scheduleFilter.thisYear")),
        LAST_12_MONTHS(Messages.text("payments.scheduleFilter.last12Months")),
        LAST_3_MONTHS(Messages.text("payments.scheduleFilter.last3Months"));

        private final String label;

        Period(String label) {
            this.label = label;
        }

        LocalDate from(LocalDate today) {
            return switch (this) {
                case ALL -> LocalDate.MIN;
                case THIS_YEAR -> today.withDayOfYear(1);
                // The letters' and the evidence pack's rule: a due exactly 3 months old is among the last 3 months'.
                case LAST_12_MONTHS -> ArrearsSchedule.olderThanMonthsBefore(today, 12);
                case LAST_3_MONTHS -> ArrearsSchedule.olderThanMonthsBefore(today, 3);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum Show {
        EVERYTHING(Messages.text("payments.scheduleFilter.everyDue"), EnumSet.allOf(LineStatus.class)),
        SHORT(Messages.text("payments.scheduleFilter.nothingOrPartReceived"), EnumSet.of(LineStatus.NOTHING_RECEIVED,
                LineStatus.PART_PAID)),
        // Every due money arrived late for, paid in full or still short ({@link ScheduleLine#lateBy}, the one rule).
        LATE(Messages.text("payments.scheduleFilter.late"), EnumSet.allOf(LineStatus.class)),
        CLEARED(Messages.text("payments.scheduleFilter.settledWrittenOffOrOffset"), EnumSet.of(LineStatus.SETTLED,
                LineStatus.WRITTEN_OFF,
                LineStatus.OFFSET));

        private final String label;
        final Set<LineStatus> statuses;

        Show(String label, Set<LineStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }

        /** The dues dated from {@code from} to {@code to} this choice shows. */
        java.util.List<ScheduleLine> of(ArrearsSchedule schedule, LocalDate from, LocalDate to) {
            java.util.List<ScheduleLine> lines = schedule.lines(from, to, statuses);
            return this == LATE ? lines.stream().filter(ScheduleLine::arrivedLate).toList() : lines;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The lines under the due payments table that are not dues (each CMS figure, on its own date: {@link
     * ArrearsSchedule#notes()}), for the period chosen, whatever kinds of due are shown. One a line. The latest figure
     * is left out: the page says it above the tabs, with how it compares and what to do ({@code PaymentsView}), and
     * said again under the table it cost the table a row at 1024 x 700.
     */
    static String notes(ArrearsSchedule schedule, Period period, LocalDate today) {
        List<ScheduleNote> all = schedule.notes();
        ScheduleNote latest = all.isEmpty() ? null : all.get(all.size() - 1);
        return String.join("\n", schedule.notes(period.from(today), today).stream()
                .filter(note -> note != latest).map(ScheduleNote::text).toList());
    }

    private ScheduleFilter() {
    }
}
