package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.cml.domain.Money;

/**
 * How long the arrears have been owed, and how old they are at the least, from totals alone: what fell due, what
 * arrived, and what was cleared, by date. The CMS attributes a payment to arrears by its own rules (the Child Support
 * (Management of Payments and Arrears) Regulations 2009, reg 4), while the schedule's lines follow this app's own
 * matching (money beyond a due pays the oldest due still owed, unless the parent linked it to a due). So what a
 * letter or the evidence pack says about the arrears' age comes from here: these figures hold however the payments are attributed, with one reading of dates:
 * money that came a few days early for a due, in its period, counts on that due's day (it was that due's payment).
 */
public final class RunningBalance {

    private RunningBalance() {
    }

    /**
     * The day since which the arrears have been owed without a break: the balance owed at the end of that day and of
     * every day since is above zero, money that came early for a due counted on that due's day ({@link
     * #owedCountingEarlyMoneyOnItsDue}). Empty when nothing is owed at the schedule's date. A due whose day is not
     * over is not owed yet ({@link ArrearsSchedule#owedSeries()}), so it starts no run of arrears.
     */
    public static Optional<LocalDate> owedWithoutBreakSince(ArrearsSchedule schedule) {
        LocalDate since = null;
        for (Map.Entry<LocalDate, Money> day : owedCountingEarlyMoneyOnItsDue(schedule).entrySet()) {
            if (!day.getKey().isAfter(schedule.asOf())) {
                since = day.getValue().isPositive() ? (since == null ? day.getKey() : since) : null;
            }
        }
        return schedule.owedOnPassedDues().isPositive() ? Optional.ofNullable(since) : Optional.empty();
    }

    /**
     * {@link ArrearsSchedule#owedSeries()} with money that came early for a due counted on that due's day ({@link
     * ScheduleLine#cameEarly()}), as a line's Balance counts it. Next week's money sent a day early is that week's
     * payment: on totals alone the balance touched £0.00 the day it arrived, and a letter would have said the arrears
     * were owed only since that next due (one its own table calls Paid), leaving out a due missed months before and
     * never made up (reviewer, 4 Dec 2026). Each due's early days fall after the previous due's date, so the spans
     * never overlap.
     */
    public static Map<LocalDate, Money> owedCountingEarlyMoneyOnItsDue(ArrearsSchedule schedule) {
        return countingEarlyMoneyOnItsDue(schedule, schedule.owedSeries());
    }

    private static Map<LocalDate, Money> countingEarlyMoneyOnItsDue(ArrearsSchedule schedule,
            Map<LocalDate, Money> owed) {
        TreeMap<LocalDate, Long> early = new TreeMap<>();
        for (ScheduleLine line : schedule.lines()) {
            for (Arrival arrival : line.arrivals()) {
                if (arrival.cameEarlyFor(line.date()) && arrival.counted().isPositive()) {
                    early.merge(arrival.date(), arrival.counted().pence(), Long::sum);
                    early.merge(line.date(), -arrival.counted().pence(), Long::sum);
                }
            }
        }
        if (early.isEmpty()) {
            return owed;
        }
        TreeSet<LocalDate> days = new TreeSet<>(owed.keySet());
        days.addAll(early.keySet());
        Map<LocalDate, Money> out = new LinkedHashMap<>();
        long balance = 0;
        long cameEarly = 0;
        for (LocalDate day : days) {
            Money point = owed.get(day);
            balance = point == null ? balance : point.pence();
            cameEarly += early.getOrDefault(day, 0L);
            out.put(day, Money.ofPence(balance + cameEarly));
        }
        return out;
    }

    /**
     * For the Overview's chart: {@link ArrearsSchedule#owedByDueDateSeries()}, each due counted on its own date as
     * the tables list it, with money that came early for a due counted on that due's day, as here.
     */
    public static Map<LocalDate, Money> owedByDueDateCountingEarlyMoney(ArrearsSchedule schedule) {
        return countingEarlyMoneyOnItsDue(schedule, schedule.owedByDueDateSeries());
    }

    /**
     * {@link ArrearsSchedule#owedOn} at the end of {@code date}, money that came early for a due after that day
     * counted on that due's day, as every figure owed by due is ("Owed at the start of this month" beside the Balance
     * column and the chart).
     */
    public static Money owedOnCountingEarlyMoney(ArrearsSchedule schedule, LocalDate date) {
        long early = 0;
        for (ScheduleLine line : schedule.lines()) {
            if (line.date().isAfter(date)) {
                for (Arrival arrival : line.arrivals()) {
                    early += arrival.cameEarlyFor(line.date()) && !arrival.date().isAfter(date)
                            ? arrival.counted().pence() : 0;
                }
            }
        }
        return schedule.owedOn(date).plus(Money.ofPence(early));
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
