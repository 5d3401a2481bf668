package uk.cml.domain.arrears;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.CalendarText;

/**
 * Why a due on a weekend or bank holiday paid on the next working day is on time, in the words the letters' tables
 * and the evidence pack's schedule and chronology all print: "Paid (due on Good Friday, a bank holiday; on time by the
 * next working day, 7 Apr 2026)", and the rule said once beside the table. A caseworker holding the bank statement
 * sees that money days after the due's date; without these words the row read as on time for no reason.
 */
public final class DayOffWords {

    private DayOffWords() {
    }

    /** The status a table row prints: {@link ScheduleLine#statusText()}, then why it is on time when that needs saying. */
    public static String status(ScheduleLine line) {
        return why(line).map(why -> Words.text("arrears.dayOff.status", line.statusText(), why))
                .orElse(line.statusText());
    }

    /**
     * "due on Good Friday, a bank holiday; on time by the next working day, 7 Apr 2026", "due on a Saturday; ...", for a
     * due {@link ScheduleLine#paidByNextWorkingDay()}; empty for any other.
     */
    public static Optional<String> why(ScheduleLine line) {
        if (!line.paidByNextWorkingDay()) {
            return Optional.empty();
        }
        return Optional.of(Words.text("arrears.dayOff.why", dueOn(line), UkFormats.shortDate(line.onTimeBy())));
    }

    /** "due on Good Friday, a bank holiday", "due on the Summer bank holiday", "due on a Sunday". */
    static String dueOn(ScheduleLine line) {
        return line.bankHoliday().map(holiday -> {
            // "Summer bank holiday, a bank holiday" said it twice: a name that says it is one is given as it is.
            String name = holiday.name();
            return name.toLowerCase(Locale.UK).contains(Words.text("arrears.dayOff.bankHolidayWords"))
                    ? Words.text("arrears.dayOff.onTheBankHoliday", name)
                    : Words.text("arrears.dayOff.onABankHoliday", name);
        }).orElse(Words.text("arrears.dayOff.onAWeekend", CalendarText.weekday(line.date())));
    }

    /**
     * The rule, said once under a table of {@code lines} when a row needs it: a due of a weekend or bank holiday paid
     * on the next working day ({@link #why}), or one that arrived later still, whose days late count from that day.
     * Empty when no such row is listed.
     */
    public static String rule(List<ScheduleLine> lines) {
        boolean late = lines.stream().anyMatch(line -> line.arrivedLate() && !line.onTimeBy().equals(line.date()));
        boolean onTime = lines.stream().anyMatch(ScheduleLine::paidByNextWorkingDay);
        return late ? Words.text("arrears.dayOff.ruleAndLate") : onTime ? Words.text("arrears.dayOff.rule") : "";
    }
}
