package uk.cml.ui.overview;

import java.time.LocalDate;
import java.util.List;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.RunningBalance;
import uk.cml.domain.arrears.BalanceText;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.ui.common.Messages;

/** The Overview's sentences for "Next payment due" and "Missed or part paid in a row", kept apart to be tested. */
final class FigureWords {

    private FigureWords() {
    }

    /**
     * Beside "Owed now" under Collect and Pay: the figure is what the paying parent owes, before the CMS fee, and what
     * the parent should receive of it after the fee, each due less its fee, "about" as the Payments page says it
     * (only pennies of rounding remain). With arrears from before Collect and Pay, both figures: collected by the CMS
     * (which takes its fee from what it collects) and that part paid to the parent directly. Empty when nothing is
     * owed or no due owed has a fee.
     */
    static String owedBasis(ArrearsSchedule schedule) {
        uk.cml.domain.Money now = schedule.owedOnPassedDues();
        uk.cml.domain.Money afterFee = schedule.owedOnPassedDuesAfterFee();
        if (!now.isPositive() || afterFee.equals(now)) {
            return "";
        }
        uk.cml.domain.Money fromOtherDays = schedule.owedOnPassedDuesCollectedFromOtherDays();
        if (!fromOtherDays.isPositive()) {
            return Messages.text("overview.figures.owedBeforeFee", afterFee.format());
        }
        return fromOtherDays.equals(now) ? Messages.text("overview.figures.owedBeforeFeeCollectedAll", afterFee.format())
                : Messages.text("overview.figures.owedBeforeFeeCollected", afterFee.format(), fromOtherDays.format(),
                        schedule.owedOnPassedDuesAfterFeeWithOtherDaysWhole().format());
    }

    /**
     * The latest payment as it reached the parent, and, when the CMS kept its fee on it, what it counts for before
     * the fee, so it reads on the same side as "Owed now": "£48.00 on 11 Mar 2026 (reached you; £50.00 before the CMS
     * fee)".
     */
    static String lastPayment(ArrearsSchedule schedule) {
        return schedule.lastPayment().map(p -> {
            List<uk.cml.domain.arrears.ReceivedPayment> that = schedule.received(p.date(), p.date());
            uk.cml.domain.arrears.ReceivedPayment last = that.isEmpty() ? null : that.get(that.size() - 1);
            return last != null && last.feeTaken()
                    ? Messages.text("overview.figures.onReachedYou", p.amount().format(),
                            UkFormats.shortDate(p.date()), last.counted().format())
                    : Messages.text("overview.figures.on", p.amount().format(), UkFormats.shortDate(p.date()));
        }).orElse(Messages.text("overview.figures.noneRecorded"));
    }

    /**
     * The next due as the schedule and the letters state it: what the paying parent owes, before any Collect and
     * Pay fee, like every other figure on the Overview; with what the parent should receive after the fee beside it.
     */
    static String nextDue(ArrearsSchedule schedule, LocalDate today) {
        return schedule.dueNow().map(line -> dueNow(line, today)).orElseGet(() -> nextAfter(schedule, today));
    }

    /**
     * A due not arrived in full whose day it is: it is the next payment due, not the one after it. "£43.21 on Sun 22 Nov
     * 2026 (today). On time if it arrives by Mon 23 Nov 2026." when its day is a weekend or bank holiday. Each date
     * gives its weekday, so the parent can check the plan against a CMS letter's "every Friday".
     */
    private static String dueNow(ScheduleLine line, LocalDate today) {
        boolean isToday = line.date().equals(today);
        String amount = line.due().format();
        String date = CalendarText.dayAndDate(line.date());
        String due = line.fee().isZero()
                ? Messages.text(isToday ? "overview.figures.onToday" : "overview.figures.on", amount, date)
                : Messages.text(isToday ? "overview.figures.onTodayAfterFee" : "overview.figures.onAfterFee", amount,
                        date, line.expected().format());
        if (line.onTimeBy().equals(line.date())) {
            return due;
        }
        return Messages.text("overview.figures.dueAndWhenOnTime", due, line.onTimeBy().equals(today)
                ? Messages.text("overview.figures.onTimeIfItArrivesToday")
                : Messages.text("overview.figures.onTimeIfItArrivesBy", CalendarText.dayAndDate(line.onTimeBy())));
    }

    private static String nextAfter(ArrearsSchedule schedule, LocalDate today) {
        return schedule.nextDue(today).map(d -> {
            String date = CalendarText.dayAndDate(d.date());
            String due = d.fee().isZero() ? Messages.text("overview.figures.on", d.amount().format(), date)
                    : Messages.text("overview.figures.onAfterFee", d.amount().format(), date, d.expected().format());
            return dayOff(schedule.calendar(), d.date())
                    .map(why -> Messages.text("overview.figures.dueAndWhenOnTime", due, why)).orElse(due);
        }).orElse(Messages.text("overview.figures.noneMaintenanceHasStopped"));
    }

    /**
     * For a due on a weekend or bank holiday, the day it is still on time by, by the same calendar as the schedule
     * counts it ({@link uk.cml.domain.arrears.ArrearsCalculator}), in a sentence of its own after the due: "That is
     * New Year's Day, a bank holiday: on time if it arrives by Mon 4 Jan 2027." Inside the due's brackets it read
     * "(Boxing Day (substitute day), a bank holiday: ...)", the calendar's own brackets inside the line's (reviewer).
     * Empty for a working day.
     */
    static java.util.Optional<String> dayOff(UkCalendar calendar, LocalDate date) {
        LocalDate onTimeBy = calendar.onOrAfter(date);
        if (onTimeBy.equals(date)) {
            return java.util.Optional.empty();
        }
        String why = calendar.holidays().on(date).map(h -> Messages.text("calendar.due.namedBankHoliday", h.name()))
                .orElse(Messages.text("calendar.due.aDay", CalendarText.weekday(date)));
        return java.util.Optional.of(Messages.text("overview.figures.thatIsOnTimeBy", why,
                CalendarText.dayAndDate(onTimeBy)));
    }

    /**
     * "Owed at the start of this month": what was owed at the end of last month, credit said as credit. A due of the
     * weekend just gone that is on time by today is not owed yet ({@link ArrearsSchedule#owedOn}).
     */
    static String owedAtMonthStart(ArrearsSchedule schedule, LocalDate today) {
        return BalanceText.of(RunningBalance.owedOnCountingEarlyMoney(schedule, today.withDayOfMonth(1).minusDays(1)));
    }

    /**
     * The caption of a figure owed at the end of a day: "Owed at the end of 30 Nov 2026", the balance when that day
     * ended ({@link #owedAtMonthStart}). A due of the next day (the 1st) is plainly not in it; "at the start of this
     * month" left that open, and "Owed up to 30 Nov 2026" beside "Owed now" read as the same dues counted another way
     * (reviewer rv9), though a payment since is taken off only the latter.
     */
    static String owedAtEndOf(LocalDate day) {
        return Messages.text("overview.figures.owedAtEndOf", UkFormats.shortDate(day));
    }

    /** The tooltip and screen-reader words of {@link #owedAtEndOf}: later payments are not taken off it. */
    static String owedAtEndOfNote(LocalDate day) {
        return Messages.text("overview.figures.owedAtEndOfNote", UkFormats.shortDate(day));
    }

    /** "Owed at the start of this year": what was owed at the end of last year, credit said as credit. */
    /**
     * Whether a figure owed at the end of {@code day} is worth a row: not for a day before the first due, when
     * nothing was yet owed ("Owed up to 31 Dec 2025: £0.00" on a case whose first due is 7 Sep 2026).
     */
    static boolean counted(ArrearsSchedule schedule, LocalDate day) {
        return schedule.lines().stream().map(uk.cml.domain.arrears.ScheduleLine::date)
                .anyMatch(due -> !due.isAfter(day));
    }

    static String owedAtYearStart(ArrearsSchedule schedule, LocalDate today) {
        return BalanceText.of(RunningBalance.owedOnCountingEarlyMoney(schedule, today.withDayOfYear(1).minusDays(1)));
    }

    /**
     * Counted by what arrived for each due, so a due paid on its own day never counts as missed. A run of none says
     * why: the latest due whose day is over was paid, or nothing was owed on it in the end although it was not paid,
     * or no due's day is over yet. A due of today neither counts nor breaks the run, as in the count itself.
     */
    static String missedInARow(ArrearsSchedule schedule) {
        int missed = schedule.missedInARow();
        if (missed > 0) {
            return Messages.text(missed == 1 ? "overview.figures.payment" : "overview.figures.payments", missed);
        }
        List<ScheduleLine> lines = schedule.lines();
        int latest = lines.size() - 1;
        if (latest >= 0 && lines.get(latest).status() == LineStatus.DUE_TODAY) {
            latest--;
        }
        if (latest < 0) {
            return Messages.text("overview.figures.noneDueYet");
        }
        return switch (lines.get(latest).status()) {
            case WRITTEN_OFF -> Messages.text("overview.figures.noneWrittenOff");
            case SETTLED -> Messages.text("overview.figures.noneSettled");
            case OFFSET -> Messages.text("overview.figures.noneOffset");
            default -> Messages.text("overview.figures.noneTheLatestPaymentArrived");
        };
    }

    /**
     * The words under the chart's arrears line for the day pointed at: "6 Mar 2026: £287.50 owed", and on a day a due
     * of a weekend or bank holiday was counted but could still come on time, that it was not late and why ("3 Apr
     * 2026: £287.50 owed, of which £287.50 was not late: due on Good Friday, a bank holiday; on time by the next
     * working day, Tue 7 Apr 2026"), in the words the tables give its status.
     */
    static String owedOnTheChart(ArrearsSchedule schedule, LocalDate date, uk.cml.domain.Money figure) {
        String owed = Messages.text("overview.charts.owedOn", UkFormats.shortDate(date), figure.format());
        List<ArrearsSchedule.NotLate> waiting = schedule.notLateAtEndOf(date);
        if (waiting.isEmpty() || !figure.isPositive()) {
            return owed;
        }
        ArrearsSchedule.NotLate first = waiting.get(0);
        uk.cml.domain.Money toCome = uk.cml.domain.Money.ZERO;
        for (ArrearsSchedule.NotLate each : waiting) {
            toCome = toCome.plus(each.toCome());
        }
        toCome = toCome.compareTo(figure) > 0 ? figure : toCome;
        return Messages.text("overview.charts.owedOnNotLate", owed, toCome.format(),
                uk.cml.domain.arrears.DayOffWords.dueOn(first.line()), CalendarText.dayAndDate(first.line().onTimeBy()));
    }
}
