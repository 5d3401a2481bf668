package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * What a letter's words are drawn from: the parts of the records, and of the calls log the calls it may quote (a
 * letter confirming a call quotes that call alone). A change elsewhere leaves its words true, so it does not mark the
 * letter "Records changed".
 *
 * @param areas the parts of the records
 * @param calls of the calls log (when {@code areas} holds {@link RecordArea#CALLS}), whether a call, by its id, is one
 *              the letter may quote
 * @param letters of the parent's own letters (when {@code areas} holds {@link RecordArea#LETTERS_SENT}), whether one,
 *              by its id, is one the letter may quote: never the letter itself
 * @param calendarDays the days the letter counted with the calendar (when {@code areas} holds
 *              {@link RecordArea#BANK_HOLIDAYS}): a bank holiday added, corrected or taken back on another day leaves
 *              every date it printed as it was
 * @param timeLimits of the facts table's rows, by key (when {@code areas} holds {@link RecordArea#TIME_LIMITS}),
 *              whether the letter's printed dates were counted with it: a time limit corrected in Settings that the
 *              letter did not count with leaves every date it printed as it was
 */
public record DrawnFrom(Set<RecordArea> areas, LongPredicate calls, LongPredicate letters, Days calendarDays,
        Predicate<String> timeLimits) {

    /** The days from {@code from} to {@code to}, both counted. */
    public record Days(LocalDate from, LocalDate to) {

        /** Every day: for a letter whose dates the app does not know (one typed in). */
        public static final Days ALL = new Days(LocalDate.MIN, LocalDate.MAX);

        public Days {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public DrawnFrom {
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(calendarDays, "calendarDays");
        Objects.requireNonNull(timeLimits, "timeLimits");
    }

    /** As above, counting with every time limit. */
    public DrawnFrom(Set<RecordArea> areas, LongPredicate calls, LongPredicate letters, Days calendarDays) {
        this(areas, calls, letters, calendarDays, key -> true);
    }

    /** As above, with every day counted. */
    public DrawnFrom(Set<RecordArea> areas, LongPredicate calls, LongPredicate letters) {
        this(areas, calls, letters, Days.ALL);
    }

    /** As above, quoting none of the parent's own letters. */
    public DrawnFrom(Set<RecordArea> areas, LongPredicate calls) {
        this(areas, calls, id -> false);
    }

    /** The parts of the records, with every call of the case when the calls are among them, and no letter sent. */
    public static DrawnFrom areas(Set<RecordArea> areas) {
        return new DrawnFrom(areas, id -> true);
    }

    /** As this, quoting the parent's letters {@code quoted} picks, by id. */
    public DrawnFrom quoting(LongPredicate quoted) {
        return new DrawnFrom(areas, calls, quoted, calendarDays, timeLimits);
    }

    /** As this, counting with the calendar on {@code days} alone. */
    public DrawnFrom countingDays(Days days) {
        return new DrawnFrom(areas, calls, letters, days, timeLimits);
    }

    /** As this, its dates counted with the facts table's rows {@code used} picks, by key, alone. */
    public DrawnFrom countingWith(Predicate<String> used) {
        return new DrawnFrom(areas, calls, letters, calendarDays, used);
    }

    /** Whether a change to the row {@code rowId} of the part {@code area} may change the letter's words. */
    public boolean counts(RecordArea area, long rowId) {
        return areas.contains(area) && (area != RecordArea.CALLS || calls.test(rowId))
                && (area != RecordArea.LETTERS_SENT || letters.test(rowId));
    }
}
