package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import uk.cml.domain.Words;

/**
 * A deadline, with how it was reached. When the count ends on a weekend or bank holiday the date moves: later
 * for a deadline the CMS must meet (the regulator's rule gives it the next working day), earlier for one the
 * parent must meet (post is not delivered and offices are shut, so act by the working day before).
 *
 * @param date    the date to watch
 * @param counted where the count itself ended, before any move
 * @param rule    how it was counted, in words: "15 working days after it is treated as delivered"
 */
public record DueDate(LocalDate date, LocalDate counted, Move move, String rule) {

    /**
     * Which way a date on a weekend or bank holiday was moved: later for a CMS deadline, earlier for a parent's
     * limit, on to the next working day for a day the app only suggests acting from.
     */
    public enum Move { NONE, LATER, EARLIER, SUGGESTED_LATER }

    public DueDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(rule, "rule");
    }

    static DueDate exact(LocalDate date, String rule) {
        return new DueDate(date, date, Move.NONE, rule);
    }

    public boolean moved() {
        return move != Move.NONE;
    }

    /**
     * For a parent's limit that ends on a weekend or bank holiday, the limit as the limit and the day to act by as
     * advice, as the "Where things stand" page says it: "Limit 5 Dec 2026 (a Saturday): act by Fri 4 Dec 2026".
     * Empty for any other date, which is said as it is.
     */
    public java.util.Optional<String> limitAndActBy(BankHolidays holidays) {
        if (move != Move.EARLIER) {
            return java.util.Optional.empty();
        }
        String why = holidays.on(counted).map(h -> Words.text("calendar.due.namedBankHoliday", h.name()))
                .orElse(Words.text("calendar.due.aDay", CalendarText.weekday(counted)));
        return java.util.Optional.of(Words.text("calendar.due.limitActBy", uk.cml.domain.UkFormats.shortDate(counted),
                why, CalendarText.dayAndDate(date)));
    }

    /**
     * A parent's limit said as a limit, as the page heads it: "Limit 4 Dec 2026", or for one that ends on a weekend
     * or bank holiday the limit and the day to act by ({@link #limitAndActBy}).
     */
    public String limit(BankHolidays holidays) {
        return limitAndActBy(holidays)
                .orElse(Words.text("calendar.due.limit", uk.cml.domain.UkFormats.shortDate(date)));
    }

    /** One or two plain sentences for the parent: the rule, and why the date moved if it did. */
    public String explanation(BankHolidays holidays) {
        if (move == Move.NONE) {
            return Words.text("calendar.due.counted", rule);
        }
        String why = holidays.on(counted).map(h -> Words.text("calendar.due.aBankHoliday", h.name()))
                .orElse(Words.text("calendar.due.aDay", CalendarText.weekday(counted)));
        String key = switch (move) {
            case LATER -> "calendar.due.movedLater";
            case EARLIER -> "calendar.due.movedEarlier";
            default -> "calendar.due.movedToSuggested";
        };
        return Words.text(key, rule, CalendarText.dayAndDate(counted), why, CalendarText.dayAndDate(date));
    }
}
