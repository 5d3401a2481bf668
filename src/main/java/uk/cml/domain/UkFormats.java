package uk.cml.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date and number formats a UK reader expects: 22 Nov 2026, 22 November 2026, 14:05, 12,345. */
public final class UkFormats {

    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private static final Pattern ISO_DATE =
            Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    private UkFormats() {
    }

    /** 22 Nov 2026. English month names: the en-GB locale would write "Sept". */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /**
     * The same text with each date written as the computer writes it, 2026-12-04 (a letter's file name begins so, to
     * sort), as a UK reader reads it: 4 Dec 2026. What is not a real day is left as it is.
     */
    public static String isoDatesAsShort(String text) {
        Matcher iso = ISO_DATE.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (iso.find()) {
            String shown;
            try {
                shown = shortDate(LocalDate.parse(iso.group()));
            } catch (DateTimeParseException notADay) {
                shown = iso.group();
            }
            iso.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return iso.appendTail(out).toString();
    }

    /** 12,345: a count with the UK's thousands separator, whatever language the computer is set to. */
    public static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
