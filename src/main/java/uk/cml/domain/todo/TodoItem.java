package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.PlanChange;

/**
 * Something the parent needs to do, shown in one list on the Overview, sorted by date.
 *
 * @param due      when it should be done (or when it became overdue); for a short payment, the date it was due
 * @param what     one short sentence, such as "Post the letter of 22 Nov 2026 to the CMS"
 * @param kind     what sort of thing it is, which decides the button that does it and where that button goes
 * @param sourceId the record it is about (a sent letter, a call), so the page can open it; 0 if none
 * @param letter   the key of the letter template that does it, if a letter does
 * @param deadline for a date on "Where things stand", that date, with the record it is counted from
 * @param planChange for a CMS calculation that may change the amount, what its words say of the new amount (the
 *                   amount, the day it starts, how often), to fill the plan form with for the parent to check
 */
public record TodoItem(LocalDate due, String what, TodoKind kind, long sourceId, Optional<String> letter,
                       Optional<Deadline> deadline, Optional<PlanChange> planChange) {

    public TodoItem {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(planChange, "planChange");
    }

    public TodoItem(LocalDate due, String what, TodoKind kind, long sourceId, Optional<String> letter,
                    Optional<Deadline> deadline) {
        this(due, what, kind, sourceId, letter, deadline, Optional.empty());
    }

    public TodoItem(LocalDate due, String what, TodoKind kind, long sourceId, Optional<String> letter) {
        this(due, what, kind, sourceId, letter, Optional.empty());
    }

    public TodoItem(LocalDate due, String what, TodoKind kind, long sourceId) {
        this(due, what, kind, sourceId, Optional.empty());
    }

    /**
     * Whether its date is only a day from which to act, not a limit: a suggestion, or the day after a CMS target
     * (chasing before then is too soon).
     */
    public boolean fromItsDate() {
        return deadline.filter(d -> d.isFrom() || d.isTarget()).isPresent();
    }

    /** Whether the parent can do it on {@code today}: anything but a "from" date still to come. */
    public boolean doableOn(LocalDate today) {
        return !fromItsDate() || !due.isAfter(today);
    }

    /**
     * A date on "Where things stand", as a to-do: its action, what it is and the day to act, which for a CMS target
     * is the first working day after it (the parent chases only once it has passed).
     */
    public static TodoItem of(Deadline d, String what, UkCalendar calendar) {
        return new TodoItem(d.actFrom(calendar), what, TodoKind.DEADLINE, 0, d.letter(), Optional.of(d));
    }
}
