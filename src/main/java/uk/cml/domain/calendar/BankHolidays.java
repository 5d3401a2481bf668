package uk.cml.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uk.cml.domain.Words;

/**
 * England and Wales bank holidays for any year: the usual days worked out by rule, then the table of one-off
 * changes applied. A year with no entry in the table still gets its holidays, so no year silently has none.
 */
public final class BankHolidays {

    static final String ONE_OFF_TABLE = "one-off-bank-holidays.txt";

    private final List<OneOffChange> changes;
    private final Optional<LocalDate> tableChecked;
    private final Supplier<List<OneOffChange>> added;
    /** The years worked out, for the list of days the parent added that they were worked out with. */
    private volatile Worked worked = new Worked(List.of(), new ConcurrentHashMap<>());

    private record Worked(List<OneOffChange> added, Map<Integer, List<BankHoliday>> byYear) {
    }

    public BankHolidays(List<OneOffChange> changes, Optional<LocalDate> tableChecked) {
        this(changes, tableChecked, List::of);
    }

    /**
     * @param added the extra days the parent added to the records when one was announced after this copy of the app
     *              was made (an extra day, replacing none), read each time a year is asked for: the same list
     *              (the same object) keeps the years already worked out, a new one works them out again
     */
    public BankHolidays(List<OneOffChange> changes, Optional<LocalDate> tableChecked,
            Supplier<List<OneOffChange>> added) {
        this.changes = changes.stream().sorted(Comparator.comparing(OneOffChange::date)).toList();
        this.tableChecked = tableChecked;
        this.added = added;
    }

    /** The rules with the table of one-off changes shipped with the app. */
    public static BankHolidays englandAndWales() {
        return englandAndWales(List::of);
    }

    /** The rules with the table shipped with the app, and the days the parent added ({@link #BankHolidays(List, Optional, Supplier)}). */
    public static BankHolidays englandAndWales(Supplier<List<OneOffChange>> added) {
        try (InputStream in = BankHolidays.class.getResourceAsStream(ONE_OFF_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ONE_OFF_TABLE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new BankHolidays(parse(text), checked(text), added);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + ONE_OFF_TABLE, e);
        }
    }

    /** The one-off changes, oldest first, for the parent to see. */
    public List<OneOffChange> oneOffChanges() {
        return changes;
    }

    /** When the table of one-off changes was last checked against GOV.UK. */
    public Optional<LocalDate> tableChecked() {
        return tableChecked;
    }

    public boolean contains(LocalDate date) {
        return inYear(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
    }

    public Optional<BankHoliday> on(LocalDate date) {
        return inYear(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** The year's bank holidays in date order. */
    public List<BankHoliday> inYear(int year) {
        List<OneOffChange> now = added.get();
        Worked current = worked;
        if (current.added() != now) {
            current = new Worked(now, new ConcurrentHashMap<>());
            worked = current;
        }
        List<OneOffChange> with = now;
        return current.byYear().computeIfAbsent(year, y -> compute(y, with));
    }

    private List<BankHoliday> compute(int year, List<OneOffChange> addedDays) {
        List<BankHoliday> days = new ArrayList<>(byRule(year));
        List<OneOffChange> all = new ArrayList<>(changes);
        all.addAll(addedDays);
        for (OneOffChange change : all) {
            if (change.date().getYear() != year) {
                continue;
            }
            change.replaces().ifPresent(usual -> days.removeIf(h -> h.date().equals(usual)));
            // A day the parent added that is already a holiday (typed twice, or later shipped in the table) is one day.
            if (days.stream().noneMatch(h -> h.date().equals(change.date()))) {
                days.add(new BankHoliday(change.date(), change.name(), true));
            }
        }
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }

    /** The usual holidays, with substitute days when New Year's Day, Christmas Day or Boxing Day fall at a weekend. */
    static List<BankHoliday> byRule(int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        String newYears = Words.text("calendar.holiday.newYear");
        days.add(isWeekend(newYear) ? new BankHoliday(nextWeekday(newYear, Set.of()),
                Words.text("calendar.holiday.substitute", newYears), false)
                : new BankHoliday(newYear, newYears, false));
        LocalDate easter = Easter.sunday(year);
        days.add(new BankHoliday(easter.minusDays(2), Words.text("calendar.holiday.goodFriday"), false));
        days.add(new BankHoliday(easter.plusDays(1), Words.text("calendar.holiday.easterMonday"), false));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(new BankHoliday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                Words.text("calendar.holiday.earlyMay"), false));
        days.add(new BankHoliday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                Words.text("calendar.holiday.spring"), false));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(
                DayOfWeek.MONDAY)), Words.text("calendar.holiday.summer"), false));
        days.addAll(christmas(year));
        days.sort(Comparator.comparing(BankHoliday::date));
        return days;
    }

    /**
     * Christmas Day and Boxing Day keep their dates on a weekday; one at a weekend moves to the next weekday that
     * is not already a holiday (so a Sunday Christmas is kept on Tuesday 27th, after Boxing Day on Monday 26th).
     */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        Set<LocalDate> taken = new HashSet<>();
        List<BankHoliday> days = new ArrayList<>();
        for (LocalDate day : List.of(christmas, boxing)) {
            if (!isWeekend(day)) {
                taken.add(day);
                days.add(new BankHoliday(day, christmasName(day.equals(christmas)), false));
            }
        }
        for (LocalDate day : List.of(christmas, boxing)) {
            if (isWeekend(day)) {
                LocalDate substitute = nextWeekday(day, taken);
                taken.add(substitute);
                days.add(new BankHoliday(substitute, Words.text("calendar.holiday.substitute",
                        christmasName(day.equals(christmas))), false));
            }
        }
        return days;
    }

    private static String christmasName(boolean christmasDay) {
        return Words.text(christmasDay ? "calendar.holiday.christmas" : "calendar.holiday.boxing");
    }

    private static LocalDate nextWeekday(LocalDate from, Set<LocalDate> taken) {
        LocalDate day = from;
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One change a line: date, the date it replaces or "-", then the name; # starts a comment. */
    static List<OneOffChange> parse(String text) {
        List<OneOffChange> changes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException("A one-off bank holiday needs a date, what it replaces and a name: "
                        + line);
            }
            try {
                Optional<LocalDate> replaces = parts[1].equals("-") ? Optional.empty()
                        : Optional.of(LocalDate.parse(parts[1]));
                changes.add(new OneOffChange(LocalDate.parse(parts[0]), replaces, parts[2].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an ISO date in the one-off bank holidays: " + line, e);
            }
        }
        return changes;
    }

    /** The "# checked: 2026-12-01" line, if there is one. */
    static Optional<LocalDate> checked(String text) {
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# checked:")) {
                return Optional.of(LocalDate.parse(trimmed.substring("# checked:".length()).strip()));
            }
        }
        return Optional.empty();
    }
}
