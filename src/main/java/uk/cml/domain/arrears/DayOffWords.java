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

    /**
     * The status a table row prints: {@link ScheduleLine#statusText()}, which says why a due of a weekend or bank
     * holiday paid on the next working day is on time ({@link #paid}), as every place that shows a due's status does.
     */
    public static String status(ScheduleLine line) {
        return line.statusText();
    }

    /**
     * The words of a due paid in full on time ({@code label}: "Paid", or "Arrived in full" under Collect and Pay), and
     * for one {@link ScheduleLine#paidByNextWorkingDay()}, why: in full "Paid (due on Good Friday, a bank holiday; on
     * time by the next working day, 7 Apr 2026)"; in a table's chip "Paid (on time by Tue 7 Apr: bank holiday)", or on
     * two lines "Paid on time" over "(by Tue 7 Apr: bank holiday)", the day named as the late chips name it. The chip
     * says "bank holiday", not the holiday's name, which the full words (its tooltip, the CSV) give: "(by Tue 6 May:
     * Early May bank holiday)" made the Payments table's status column wide (lead, layout fault 4).
     */
    static String paid(ScheduleLine line, String label, boolean chip, boolean twoLines) {
        Optional<String> why = why(line);
        if (why.isEmpty()) {
            return label;
        }
        if (!chip) {
            return Words.text("arrears.dayOff.status", label, why.get());
        }
        String by = CalendarText.dayAndDateBeside(line.onTimeBy(), line.date());
        String day = line.bankHoliday().map(holiday -> Words.text("arrears.dayOff.chipBankHoliday"))
                .orElse(CalendarText.weekday(line.date()));
        return Words.text(twoLines ? "arrears.dayOff.chipOnTwoLines" : "arrears.dayOff.chip", label, by, day);
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
    public static String dueOn(ScheduleLine line) {
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
