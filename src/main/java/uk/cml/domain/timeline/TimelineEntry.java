package uk.cml.domain.timeline;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One thing that happened in a case, for the timeline and the evidence pack's chronology.
 *
 * @param happenedAt when it happened, as the parent entered it
 * @param recordedAt when the app recorded it (set by the app, shown in details)
 * @param title      a short line, such as "Call with the CMS (Priya, arrears team)"
 * @param detail     the longer text searched and shown when the entry is opened
 * @param sourceId   the id of the record in its own table, to open it
 */
public record TimelineEntry(TimelineKind kind, LocalDateTime happenedAt, LocalDateTime recordedAt, String title,
                            String detail, long sourceId) {

    /** Lower-case text the search box matches against, built once per entry. */
    public String searchText() {
        return (kind.label() + " " + title + " " + detail).toLowerCase(Locale.UK);
    }
}
