package uk.cml.ui.timeline;

import java.time.LocalTime;
import java.util.Comparator;
import uk.cml.domain.UkFormats;
import uk.cml.domain.timeline.TimelineEntry;

/**
 * One timeline entry with its search text worked out once, when the timeline loads, so narrowing
 * the list as the parent types only compares strings already built.
 */
record TimelineRow(TimelineEntry entry, String search, String when) {

    /** Newest first; entries on the same moment keep the most recently recorded first. */
    static final Comparator<TimelineRow> NEWEST_FIRST = Comparator
            .comparing((TimelineRow r) -> r.entry().happenedAt()).reversed()
            .thenComparing(r -> r.entry().recordedAt(), Comparator.nullsLast(Comparator.reverseOrder()));

    static TimelineRow of(TimelineEntry entry) {
        return new TimelineRow(entry, TimelineFilter.fold(entry.searchText()), when(entry));
    }

    /** Dated records (notes, payments due) have no time of day, so none is shown for them. */
    private static String when(TimelineEntry entry) {
        return entry.happenedAt().toLocalTime().equals(LocalTime.MIDNIGHT)
                ? UkFormats.shortDate(entry.happenedAt().toLocalDate())
                : UkFormats.dateTime(entry.happenedAt());
    }
}
