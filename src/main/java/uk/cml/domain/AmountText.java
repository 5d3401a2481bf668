package uk.cml.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money written the UK way: 12, 12.5, 1,250.00, £1,234.56. One reading for the forms and the CSV
 * importer. A comma is only ever a thousands separator: "12,50" (twelve pounds fifty in much of Europe) is not
 * read at all, never as £1,250.00, and the caller says why with {@link Problem#COMMA}.
 */
public final class AmountText {

    /** Why a text is not an amount; each caller words it for its own place. */
    public enum Problem {
        /** Nothing typed. */
        EMPTY,
        /** A comma anywhere but between groups of three digits: "12,50", "1,00", "1,2,3". */
        COMMA,
        /** More than two numbers after the point: "12.345". */
        DECIMALS,
        /** Far more digits than any payment could have. */
        TOO_LONG,
        /** Not a number at all: "fifty", "12p", "1.2.3". */
        NOT_MONEY
    }

    /** Either an amount or the reason there is none. */
    public record Reading(Optional<Money> money, Optional<Problem> problem) {

        static Reading of(Money money) {
            return new Reading(Optional.of(money), Optional.empty());
        }

        static Reading of(Problem problem) {
            return new Reading(Optional.empty(), Optional.of(problem));
        }

        public boolean isOk() {
            return money.isPresent();
        }
    }

    /** Pounds with commas between every group of three digits, or none at all; then pence after a point. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d*))?");
    private static final Pattern COMMA_MISPLACED = Pattern.compile("[\\d,]*,[\\d,]*(\\.\\d*)?");
    private static final int MAX_WHOLE_POUND_DIGITS = 13;

    private AmountText() {
    }

    /**
     * What a parent typed in a form: the number, a pound sign before it and a minus sign before either, with
     * spaces around them: "12.50", "£1,250", "-£5", "£ 40.00 ".
     */
    public static Reading read(String typed) {
        String s = typed == null ? "" : typed.strip();
        boolean negative = s.startsWith("-");
        s = negative ? s.substring(1).strip() : s;
        if (s.startsWith("£")) {
            s = s.substring(1).strip();
        }
        if (!negative && s.startsWith("-")) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
            return Reading.of(typed == null || typed.isBlank() ? Problem.EMPTY : Problem.NOT_MONEY);
        }
        Reading reading = number(s);
        return negative ? new Reading(reading.money().map(Money::negate), reading.problem()) : reading;
    }

    /** Only the number, with no sign or pound sign: "1,234.56", ".50", "12.". */
    public static Reading number(String text) {
        if (text.isEmpty()) {
            return Reading.of(Problem.EMPTY);
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || text.equals(".")) {
            return Reading.of(COMMA_MISPLACED.matcher(text).matches() ? Problem.COMMA : Problem.NOT_MONEY);
        }
        String pence = m.group(2) == null ? "" : m.group(2);
        if (pence.length() > 2) {
            return Reading.of(Problem.DECIMALS);
        }
        String pounds = m.group(1).replace(",", "");
        if (pounds.length() > MAX_WHOLE_POUND_DIGITS) {
            return Reading.of(Problem.TOO_LONG);
        }
        return Reading.of(Money.of(new BigDecimal((pounds.isEmpty() ? "0" : pounds) + "."
                + (pence + "00").substring(0, 2))));
    }
}
