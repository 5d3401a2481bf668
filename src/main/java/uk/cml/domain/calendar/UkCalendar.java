package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The one calendar: every date the app shows or prints is worked out here, so a date in a letter and the date the
 * app watches for it cannot disagree. Working days are Monday to Friday less England and Wales bank holidays.
 */
public final class UkCalendar {

    private final BankHolidays holidays;
    private final DeliveryDays delivery;

    /**
     * @param holidays the bank holidays
     * @param delivery the working days after posting on which a letter counts as delivered, from the facts table
     */
    public UkCalendar(BankHolidays holidays, DeliveryDays delivery) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /**
     * A calendar for counting working days only (the arrears' schedule, which never asks when a letter counts as
     * delivered): it has no deemed-delivery figures, and asking it for one fails.
     */
    public static UkCalendar workingDaysOnly(BankHolidays holidays) {
        return new UkCalendar(holidays, method -> {
            throw new IllegalStateException("a calendar for working days only, without the facts table's "
                    + "deemed-delivery figures, was asked when a letter sent by " + method + " counts as delivered");
        });
    }

    public BankHolidays holidays() {
        return holidays;
    }

    /** The deemed-delivery figures this calendar counts with (the facts table's rows). */
    public DeliveryDays delivery() {
        return delivery;
    }

    /**
     * The same bank holidays, counting deemed delivery with {@code figures}: a set of facts read once (a letter's, a
     * report's), so every date worked out from it agrees with the limits read with it, and none reads the records
     * again (or after they are closed).
     */
    public UkCalendar withDelivery(DeliveryDays figures) {
        return new UkCalendar(holidays, figures);
    }


    public boolean isWorkingDay(LocalDate date) {
        return !BankHolidays.isWeekend(date) && !holidays.contains(date);
    }

    /** The {@code count}th working day after {@code from} (from itself never counts). 0 gives {@code from}. */
    public LocalDate workingDaysAfter(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate date = from;
        int left = count;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Calendar days from {@code from} to {@code to}: "at this step for 33 days"; negative if {@code to} is before. */
    public long daysSince(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Whether a Post Office counter is open on {@code date}, as the app counts it: any day but a Sunday, a bank
     * holiday, or Christmas Day, Boxing Day or New Year's Day whatever weekday they fall on ({@link
     * #postOfficesClosedFor}). A certificate of posting (the parent's proof that a letter went) comes only from a
     * counter, and counters are mostly closed on Sundays and bank holidays but open on Saturdays; they close on those
     * three days even when one is a Saturday that is no bank holiday itself (Boxing Day, Sat 26 Dec 2026, whose bank
     * holiday is Mon 28 Dec; New Year's Day, Sat 1 Jan 2022). A conservative rule: a letter dated Fri 25 Dec 2026 is
     * counted as posted Tue 29 Dec. Only this rule knows those days: working days ({@link #isWorkingDay}) are
     * counted as before.
     */
    public boolean postOfficesOpen(LocalDate date) {
        return date.getDayOfWeek() != java.time.DayOfWeek.SUNDAY && !holidays.contains(date)
                && postOfficesClosedFor(date).isEmpty();
    }

    /**
     * Christmas Day (25 Dec), Boxing Day (26 Dec) or New Year's Day (1 Jan), named, when {@code date} is one: the days
     * Post Offices close whatever weekday they fall on ({@link #postOfficesOpen}). Empty on any other day, a
     * substitute bank holiday too (that is a bank holiday, named by {@link BankHolidays#on}).
     */
    public static Optional<String> postOfficesClosedFor(LocalDate date) {
        if (date.getMonth() == java.time.Month.DECEMBER && date.getDayOfMonth() == 25) {
            return Optional.of(Words.text("calendar.holiday.christmas"));
        }
        if (date.getMonth() == java.time.Month.DECEMBER && date.getDayOfMonth() == 26) {
            return Optional.of(Words.text("calendar.holiday.boxing"));
        }
        if (date.getMonth() == java.time.Month.JANUARY && date.getDayOfMonth() == 1) {
            return Optional.of(Words.text("calendar.holiday.newYear"));
        }
        return Optional.empty();
    }

    /**
     * The day a letter dated {@code letterDate} can be posted by {@code method}, which every date it asks for or
     * the app predicts for it counts from until the parent logs the real posting: for a Royal Mail service, the first
     * day on or after its date that Post Offices open ({@link #postOfficesOpen}: not a Sunday, a bank holiday, nor
     * Christmas Day, Boxing Day or New Year's Day, so another Saturday counts, and a letter posted then is deemed
     * delivered the same day as one posted the Friday before);
     * sent by hand, email or the online account, its date itself. Counting from the letter's own Sunday asked the CMS
     * for a reply a day before its own target (reviewer rv6: a complaint dated Sun 6 Dec 2026, really posted Mon 7th,
     * asked for an acknowledgement by 10 Dec, not 11 Dec). The one rule: the letters, the pages and the warning beside
     * a logged posting date ({@code PostingDayCheck}) all ask it, so they cannot disagree.
     */
    public LocalDate postingDay(LocalDate letterDate, PostingMethod method) {
        if (!method.byPost()) {
            return letterDate;
        }
        LocalDate day = letterDate;
        while (!postOfficesOpen(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The day a letter is treated as delivered: by a Royal Mail service, the working days after posting the facts
     * table gives for it (first class the 2nd, second class the 4th, as published). Signed For and Special Delivery
     * use the delivery date from Royal Mail's tracking once the parent records it; until then their row's count. By
     * hand, email and the online account: the day sent.
     */
    public LocalDate deemedDelivery(LocalDate posted, PostingMethod method, Optional<LocalDate> trackedDelivery) {
        if (method.tracked() && trackedDelivery.isPresent()) {
            return trackedDelivery.get();
        }
        return method.byPost() ? workingDaysAfter(posted, delivery.deliveryWorkingDays(method)) : posted;
    }

    public LocalDate deemedDelivery(LocalDate posted, PostingMethod method) {
        return deemedDelivery(posted, method, Optional.empty());
    }

    /**
     * The last working day a letter can be posted by {@code method} and still be treated as delivered on or before
     * {@code limit}, counted with {@link #deemedDelivery}: for a limit that counts when the CMS receives the letter
     * (a mandatory reconsideration, a reply to a write-off proposal, a complaint to ICE). A limit of Wed 30 Dec 2026
     * gives Thu 24 Dec by first class (25 and 28 Dec are bank holidays; 29 Dec is the 1st working day after, 30 Dec
     * the 2nd).
     */
    public LocalDate latestPosting(LocalDate limit, PostingMethod method) {
        LocalDate day = onOrBefore(limit);
        while (!isWorkingDay(day) || deemedDelivery(day, method).isAfter(limit)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * For a limit met when the letter is received (a mandatory reconsideration, a reply to a write-off proposal, a
     * complaint to ICE), the last working day to post it 1st class so it is treated as delivered by the limit itself
     * ({@link DueDate#counted}). The one rule every page, the pack and the letters' warnings use: for a limit on a
     * bank holiday (Fri 1 Jan 2027) it is Tue 29 Dec 2026, never the working day before the limit (Thu 31 Dec).
     */
    public LocalDate lastDayToPost(DueDate limit) {
        return latestPosting(limit.counted(), PostingMethod.FIRST_CLASS);
    }

    /** When a reply is due, counted from the day the letter is treated as delivered. */
    public DueDate replyBy(LocalDate delivered, ReplyRule rule) {
        String words = Words.text("calendar.rule.afterDelivered", rule.words(), CalendarText.dayAndDate(delivered));
        if (rule instanceof ReplyRule.WorkingDays w) {
            return DueDate.exact(workingDaysAfter(delivered, w.days()), words);
        }
        if (rule instanceof ReplyRule.CalendarMonths m) {
            return cmsDeadline(delivered, Period.ofMonths(m.months()), words);
        }
        if (rule instanceof ReplyRule.Days d) {
            return cmsDeadline(delivered, Period.ofDays(d.days()), words);
        }
        return cmsDeadline(delivered, Period.ofWeeks(((ReplyRule.Weeks) rule).weeks()), words);
    }

    /**
     * The reply-by date for a letter posted on {@code posted} by {@code method}: the parent's logged posting date (the
     * app watches it), never a letter's own date, which a letter not posted yet counts through {@link #postingDay}.
     */
    public DueDate replyBy(LocalDate posted, PostingMethod method, Optional<LocalDate> trackedDelivery,
            ReplyRule rule) {
        return replyBy(deemedDelivery(posted, method, trackedDelivery), rule);
    }

    /**
     * A deadline the CMS must meet, a period after {@code from}. A month ends on the corresponding day of the
     * later month, or its last day if there is none (31 January to 28 or 29 February), as the regulator's
     * subject access guidance says; if that is not a working day, the next working day.
     */
    public DueDate cmsDeadline(LocalDate from, Period period, String rule) {
        LocalDate counted = from.plus(period);
        LocalDate date = onOrAfter(counted);
        return new DueDate(date, counted, date.equals(counted) ? DueDate.Move.NONE : DueDate.Move.LATER, rule);
    }

    /**
     * A limit the parent must meet, a period after {@code from}, counted the same way. The limit itself does not
     * move; if it falls on a weekend or bank holiday the date to act by is the working day before.
     *
     * <p>Why it does not move later: the fact sheet (shared/domain/cms-facts.md, "Calendar rules") moves a date on to
     * the next working day only for the regulator's subject access deadline, a deadline the CMS must meet. For the
     * parent's limits (a mandatory reconsideration, a write-off reply, ICE, an appeal) it gives no such rule, so the
     * app is conservative: it keeps the limit where the count ends and names an earlier safe day, never a later one.
     * A limit met on receipt is acted on by {@link #lastDayToPost}, not by this working day before.
     */
    public DueDate parentDeadline(LocalDate from, Period period, String rule) {
        LocalDate counted = from.plus(period);
        LocalDate date = onOrBefore(counted);
        return new DueDate(date, counted, date.equals(counted) ? DueDate.Move.NONE : DueDate.Move.EARLIER, rule);
    }

    /**
     * A day the app suggests acting from if nothing has happened (not a limit), a period after {@code from}: on a
     * weekend or bank holiday, the next working day, when a letter can go and the CMS's lines are open.
     */
    public DueDate suggestedFrom(LocalDate from, Period period, String rule) {
        LocalDate counted = from.plus(period);
        LocalDate date = onOrAfter(counted);
        return new DueDate(date, counted, date.equals(counted) ? DueDate.Move.NONE : DueDate.Move.SUGGESTED_LATER,
                rule);
    }
}
