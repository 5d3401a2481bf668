package uk.cml.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of UK dates, for dates a parent types and dates in an imported file: always day first, never the US
 * month-first order. 22/11/2026, 22-11-26, 22.11.2026, 22 Nov 2026, Sun 22 November 2026, 1st March 2026,
 * 22-Nov-2026, 2026-11-22, and any of these followed by a time of day.
 * A two-digit year is 2000-2069 below 70 and 1970-1999 from 70, so "26" is 2026 and a birth year "98" is 1998.
 */
public final class UkDates {

    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?)?"; // matched against lower case
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,? +)?";
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern NAMED_MONTH = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]+)\\.?,?[ -]+(\\d{4}|\\d{2})" + TIME);
    private static final Map<String, Month> MONTH_NAMES = monthNames();
    private static final int TWO_DIGIT_PIVOT = 70;
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private UkDates() {
    }

    /** Empty when the text is not a real date in one of the UK forms (31/02/2026 is refused, not moved to March). */
    public static Optional<LocalDate> parse(String typed) {
        Validated<LocalDate> read = read(typed);
        return read.isOk() ? Optional.of(read.value()) : Optional.empty();
    }

    /** The date, or what is wrong as the end of a sentence, for the caller to start with "Row 14: ". */
    public static Validated<LocalDate> read(String text) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            return Validated.problem(Words.text("dates.read.noDate"));
        }
        String lower = cell.toLowerCase(Locale.UK).replaceAll("\\s+", " ");
        Matcher m = DAY_FIRST.matcher(lower);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            return real(cell, year(m.group(4)), month, day, month > 12 && day <= 12);
        }
        m = ISO.matcher(lower);
        if (m.matches()) {
            return real(cell, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), false);
        }
        m = NAMED_MONTH.matcher(lower);
        if (m.matches() && MONTH_NAMES.containsKey(m.group(2))) {
            return real(cell, year(m.group(3)), MONTH_NAMES.get(m.group(2)).getValue(),
                    Integer.parseInt(m.group(1)), false);
        }
        return Validated.problem(Words.text("dates.read.unknownForm", cell));
    }

    /**
     * True when the text is written as a date but names a day there is not: 31/02/2026, 29 Feb 2027, or a month
     * typed first (02/13/2026). The parent then needs to check the day and month, not how the date is written.
     */
    public static boolean namesNoRealDay(String typed) {
        if (typed == null || typed.isBlank() || isDate(typed)) {
            return false;
        }
        String lower = typed.strip().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
        Matcher named = NAMED_MONTH.matcher(lower);
        return DAY_FIRST.matcher(lower).matches() || ISO.matcher(lower).matches()
                || named.matches() && MONTH_NAMES.containsKey(named.group(2));
    }

    /** True when the text reads as a date: used to recognise a date column in a file with no header. */
    public static boolean isDate(String text) {
        return read(text).isOk();
    }

    /** How a date field shows a date: 8 Nov 2026, the app's UK form, which {@link #parse} reads back. */
    public static String forField(LocalDate date) {
        return date == null ? "" : FIELD.format(date);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() != 2) {
            return year;
        }
        return year < TWO_DIGIT_PIVOT ? 2000 + year : 1900 + year;
    }

    /** {@code dayFirst}: the month read is over 12 and the day is not, so the parent may have typed month first. */
    private static Validated<LocalDate> real(String cell, int year, int month, int day, boolean dayFirst) {
        try {
            return Validated.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Validated.problem(Words.text(dayFirst ? "dates.read.notRealDayFirst" : "dates.read.notReal", cell));
        }
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.UK);
            names.put(full, month);
            names.put(full.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
