package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.List;

/** Anything that can say what needs doing: follow-ups due, replies overdue, letters not posted. */
public interface TodoSource {
    List<TodoItem> todos(long caseId, LocalDate today);
}
