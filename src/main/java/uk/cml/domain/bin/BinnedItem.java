package uk.cml.domain.bin;

import java.time.LocalDateTime;

/**
 * Something the parent moved to the bin. Nothing is ever really deleted: it can be put back.
 *
 * @param kind      what it is, in a word or two: "Call", "Note", "Letter"
 * @param sourceId  its id in its own table, passed back to {@link BinSource#restore(long)}
 * @param happened  when it happened, as the parent entered it (shown so it can be recognised)
 */
public record BinnedItem(String kind, long sourceId, String title, LocalDateTime happened, LocalDateTime binnedAt) {
}
