package uk.cml.domain.todo;

import java.time.LocalDate;

/**
 * Something the parent needs to do, shown in one list on the Overview, sorted by date.
 *
 * @param due        when it should be done (or when it became overdue)
 * @param what       one short sentence, such as "Post the letter of 22 Nov 2026 to the CMS"
 * @param section    the sidebar key of the page where it is done, such as "letters"
 * @param sourceId   the record it is about, so the page can open it
 */
public record TodoItem(LocalDate due, String what, String section, long sourceId) {
}
