package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.List;

/** Anything that can say what needs doing: follow-ups due, replies overdue, letters not posted. */
public interface TodoSource {
    List<TodoItem> todos(long caseId, LocalDate today);

    /**
     * The parent says a to-do of this source needs nothing doing (a decision that did not change the amount): the
     * answer is kept and the to-do goes. Returns whether this source kept it; most to-dos go only by being done.
     */
    default boolean dismiss(TodoItem item) {
        return false;
    }
}
