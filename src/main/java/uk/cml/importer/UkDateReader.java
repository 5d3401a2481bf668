package uk.cml.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.Validated;

/**
 * Reads a date the way a UK spreadsheet or bank writes it: always day first, never the US month-first order.
 * A two-digit year is always 20xx: the payments a parent records are recent.
 * Problems are the end of a sentence, for the caller to start with "Row 14: ".
 */
public final class UkDateReader {

    private static final String TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?)?"; // matched against lower case
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);
    private static final Pattern NAMED_MONTH =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ -]+([a-z]+)\\.?,?[ -]+(\\d{4}|\\d{2})" + TIME);
    private static final Map<String, Month> MONTH_NAMES = monthNames();

    private UkDateReader() {
    }

    public static Validated<LocalDate> read(String text) {
        String cell = text == null ? "" : text.strip();
        if (cell.isEmpty()) {
            return Validated.problem("there is no date.");
        }
        String lower = cell.toLowerCase(Locale.UK);
        Matcher m = DAY_FIRST.matcher(lower);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            String hint = month > 12 && day <= 12 ? " Dates are read day first, like 22/11/2026." : "";
            return real(cell, year(m.group(4)), month, day, hint);
        }
        m = ISO.matcher(lower);
        if (m.matches()) {
            return real(cell, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), "");
        }
        m = NAMED_MONTH.matcher(lower);
        if (m.matches() && MONTH_NAMES.containsKey(m.group(2))) {
            return real(cell, year(m.group(3)), MONTH_NAMES.get(m.group(2)).getValue(),
                    Integer.parseInt(m.group(1)), "");
        }
        return Validated.problem("the date '" + cell + "' is not in a form this app can read. "
                + "Use a date like 22/11/2026.");
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static Validated<LocalDate> real(String cell, int year, int month, int day, String hint) {
        try {
            return Validated.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Validated.problem("the date '" + cell + "' is not a real date." + hint);
        }
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
            names.put(full, month);
            names.put(full.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
