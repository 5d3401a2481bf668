package uk.cml.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

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

    /** Which way a date on a weekend or bank holiday was moved. */
    public enum Move { NONE, LATER, EARLIER }

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

    /** One or two plain sentences for the parent: the rule, and why the date moved if it did. */
    public String explanation(BankHolidays holidays) {
        String start = "Counted as " + rule + ".";
        if (move == Move.NONE) {
            return start;
        }
        String why = holidays.on(counted).map(h -> "a bank holiday (" + h.name() + ")")
                .orElse("a " + CalendarText.weekday(counted));
        if (move == Move.LATER) {
            return start + " That ends on " + CalendarText.dayAndDate(counted) + ", " + why + ", so it moves to the "
                    + "next working day, " + CalendarText.dayAndDate(date) + ": the regulator's rule gives the CMS "
                    + "until then.";
        }
        return start + " The limit is " + CalendarText.dayAndDate(counted) + ", " + why + ". Post is not delivered "
                + "and offices are shut then, so act by the working day before, " + CalendarText.dayAndDate(date)
                + ".";
    }
}
