package uk.cml.domain.timeline;

import java.time.LocalDate;
import java.util.List;

/** Anything that contributes entries to a case's timeline: calls, letters, payments, documents, notes. */
public interface TimelineSource {

    /** The entries as the records stand today. */
    List<TimelineEntry> timeline(long caseId);

    /**
     * The entries as the records stood at the end of {@code until}, for an evidence pack that ends then: whatever an
     * area works out from its records (a due still short of money) is worked out to that day, not to today, and
     * nothing after it counts. An area whose entries are only what was recorded gives them all, as
     * {@link #timeline(long)} does; the caller keeps those in its period.
     */
    default List<TimelineEntry> timeline(long caseId, LocalDate until) {
        return timeline(caseId);
    }
}
