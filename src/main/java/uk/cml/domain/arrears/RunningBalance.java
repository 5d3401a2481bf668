package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;

/**
 * How long the arrears have been owed, and how old they are at the least, from totals alone: what fell due, what
 * arrived, and what was cleared, by date. The CMS attributes a payment to arrears by its own rules (the Child Support
 * (Management of Payments and Arrears) Regulations 2009, reg 4), while the schedule's lines follow this app's own
 * matching (money paid late pays the latest due still owed). So what a letter or the evidence pack says about the
 * arrears' age comes from here: these figures hold however the payments are attributed.
 */
public final class RunningBalance {

    private RunningBalance() {
    }

    /**
     * The day since which the arrears have been owed without a break: the balance owed at the end of that day and of
     * every day since is above zero. Empty when nothing is owed at the schedule's date. A due whose day is not over
     * is not owed yet ({@link ArrearsSchedule#owedSeries()}), so it starts no run of arrears.
     */
    public static Optional<LocalDate> owedWithoutBreakSince(ArrearsSchedule schedule) {
        LocalDate since = null;
        for (Map.Entry<LocalDate, Money> day : schedule.owedSeries().entrySet()) {
            if (!day.getKey().isAfter(schedule.asOf())) {
                since = day.getValue().isPositive() ? (since == null ? day.getKey() : since) : null;
            }
        }
        return schedule.owedOnPassedDues().isPositive() ? Optional.ofNullable(since) : Optional.empty();
    }

    /**
     * The date of the due whose missing began the run of {@link #owedWithoutBreakSince}: the run's first day, or, when
     * that day is the working day a weekend or bank-holiday due was on time by (28 Feb 2026 was a Saturday, on time by
     * Monday 2 March), that due's date. The balance only rises when a due is missed, so a run always begins with one;
     * a letter says "since the payment due on 28 February 2026", the day a reader finds in the schedule, rather than a
     * Monday on which nothing was due.
     */
    public static Optional<LocalDate> owedWithoutBreakSinceDue(ArrearsSchedule schedule) {
        return owedWithoutBreakSince(schedule).map(since -> {
            LocalDate due = since;
            for (ScheduleLine line : schedule.lines()) {
                if (line.date().isAfter(since)) {
                    break;
                }
                if (line.onTimeBy().equals(since) && line.date().isBefore(due)) {
                    due = line.date();
                }
            }
            return due;
        });
    }

    /**
     * The least part of what is owed at the schedule's date that is owed on dues dated on or before {@code date},
     * whatever dues the payments were attributed to: what is owed, less everything that fell due after that date
     * (at most all of that is still unpaid). Zero when the later dues alone could account for it.
     */
    public static Money owedOnDuesUpToAtLeast(ArrearsSchedule schedule, LocalDate date) {
        long later = 0;
        for (ScheduleLine line : schedule.lines()) {
            later += line.date().isAfter(date) ? line.due().pence() : 0;
        }
        return Money.ofPence(Math.max(0, schedule.owedNow().pence() - later));
    }

    /**
     * The least part of what is owed that is owed on dues more than {@code months} months old: dated before the day
     * {@code months} months before the schedule's date ({@link ArrearsSchedule#olderThanMonthsBefore}). A due of that
     * very day is {@code months} months old, not older, so it is left out (on 4 December a due of 4 September is 3
     * months old); {@link #owedOnDuesUpToAtLeast} the day before.
     */
    public static Money olderThanMonthsAtLeast(ArrearsSchedule schedule, int months) {
        return owedOnDuesUpToAtLeast(schedule, ArrearsSchedule.olderThanMonthsBefore(schedule.asOf(), months)
                .minusDays(1));
    }
}
