package uk.cml.domain.timeline;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened in a case, for the timeline and the evidence pack's chronology.
 *
 * @param happenedAt when it happened, as the parent entered it
 * @param recorded   when the app first recorded it and, if it was corrected since, when it last changed (set by
 *                   the store from the row and its kept earlier versions, shown in details)
 * @param title      a short line, such as "Call with the CMS (Priya, arrears team)"
 * @param detail     the longer text searched and shown when the entry is opened
 * @param sourceId   the id of the record in its own table, to open it
 * @param label      the word before the title, in the timeline and the pack's chronology: the kind's own name,
 *                   unless the entry says more honestly what it is ("Reminder" for a day the parent chose to act)
 * @param also       the other kind the entry is as well, if it is two things in one: a CMS letter received with the
 *                   decision it gave is one entry, found under "Letter received" and under "CMS decision"
 */
public record TimelineEntry(TimelineKind kind, LocalDateTime happenedAt, Recorded recorded, String title,
                            String detail, long sourceId, String label, Optional<TimelineKind> also) {

    public TimelineEntry {
        Objects.requireNonNull(also, "also");
    }

    public TimelineEntry(TimelineKind kind, LocalDateTime happenedAt, Recorded recorded, String title,
            String detail, long sourceId, String label) {
        this(kind, happenedAt, recorded, title, detail, sourceId, label, Optional.empty());
    }

    public TimelineEntry(TimelineKind kind, LocalDateTime happenedAt, Recorded recorded, String title,
            String detail, long sourceId) {
        this(kind, happenedAt, recorded, title, detail, sourceId, kind.label());
    }

    /** An entry for a record saved once (or a moment that is not a record's saving, such as a due's day). */
    public TimelineEntry(TimelineKind kind, LocalDateTime happenedAt, LocalDateTime recordedAt, String title,
            String detail, long sourceId) {
        this(kind, happenedAt, Recorded.once(recordedAt), title, detail, sourceId, kind.label());
    }

    /** When it was first recorded, or (where that is not kept) last changed: the moment entries are ordered by. */
    public LocalDateTime recordedAt() {
        return recorded.sortKey();
    }

    /** Whether the entry is of {@code wanted}: its own kind, or the other kind it is as well. */
    public boolean isOf(TimelineKind wanted) {
        return kind == wanted || also.filter(wanted::equals).isPresent();
    }

    /** The same entry with other words (masked for a pack, or with a sentence added), still of the same kinds. */
    public TimelineEntry withWords(String newTitle, String newDetail) {
        return new TimelineEntry(kind, happenedAt, recorded, newTitle, newDetail, sourceId, label, also);
    }

    /** Lower-case text the search box matches against, built once per entry. */
    public String searchText() {
        String name = (label.equals(kind.label()) ? label : kind.label() + " " + label)
                + also.map(other -> " " + other.label()).orElse("");
        return (name + " " + title + " " + detail).toLowerCase(Locale.UK);
    }
}
