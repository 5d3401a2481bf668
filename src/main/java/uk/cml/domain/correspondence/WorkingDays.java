package uk.cml.domain.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Monday to Friday, less the bank holidays in England and Wales. The holidays are data (a resource file
 * the maintainer updates each year), not rules worked out in code: substitute days and one-off holidays
 * are announced, not calculated.
 */
public final class WorkingDays {

    static final String ENGLAND_AND_WALES = "bank-holidays-england-wales.txt";

    private final Set<LocalDate> bankHolidays;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    /** The bank holidays shipped with the app. */
    public static WorkingDays englandAndWales() {
        try (InputStream in = WorkingDays.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ENGLAND_AND_WALES);
            }
            return new WorkingDays(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + ENGLAND_AND_WALES, e);
        }
    }

    /** One date a line (2026-12-25), anything after the date is a name; blank lines and # comments are skipped. */
    static Set<LocalDate> parse(String text) {
        Set<LocalDate> dates = new TreeSet<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String date = trimmed.split("\\s+", 2)[0];
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an ISO date in the bank holiday list: " + line, e);
            }
        }
        return dates;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /** The {@code count}th working day after {@code from} (from itself never counts). 0 gives {@code from}. */
    public LocalDate after(LocalDate from, int count) {
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
}
