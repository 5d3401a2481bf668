package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.calendar.DueDate;

/**
 * A date on the "Where things stand" page that something is due by, with what to do about it.
 *
 * @param what     "Reply to your complaint due", for lists, the timeline and the calendar file
 * @param action   the Overview's action text: "Write the review request"
 * @param letter   the key of the letter template that does it, if a letter does
 * @param due      the date and how it was counted
 * @param done     already met (the reply came, the letter went): shown, but not a thing to do
 */
public record Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done) {

    public Deadline {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(due, "due");
    }

    public LocalDate date() {
        return due.date();
    }
}
