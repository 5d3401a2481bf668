package uk.cml.domain.bin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Something the parent moved to the bin. Nothing is ever really deleted: it can be put back.
 *
 * @param kind      what it is, in a word or two: "Call", "Note", "Letter"
 * @param sourceId  its id in its own table, passed back to {@link BinSource#restore(long)}
 * @param happenedOn the day it happened, as the parent entered it (shown so it can be recognised)
 * @param timeOfDay  the time too, for what has one (a call); a payment or letter has a day only, and showing it
 *                   at "00:00" would claim a time nobody entered
 */
public record BinnedItem(String kind, long sourceId, String title, LocalDate happenedOn,
                         Optional<LocalTime> timeOfDay, LocalDateTime binnedAt) {

    /** Something with a day and no time of its own: a payment, a letter, a note, a document. */
    public static BinnedItem onDay(String kind, long sourceId, String title, LocalDate day, LocalDateTime binnedAt) {
        return new BinnedItem(kind, sourceId, title, day, Optional.empty(), binnedAt);
    }

    /** Something that happened at a time the parent entered: a call. */
    public static BinnedItem at(String kind, long sourceId, String title, LocalDateTime when, LocalDateTime binnedAt) {
        return new BinnedItem(kind, sourceId, title, when.toLocalDate(), Optional.of(when.toLocalTime()), binnedAt);
    }
}
