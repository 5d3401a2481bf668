package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The latest chasing letter the records hold for one of the parent's letters.
 *
 * @param made    the date it was made (its date)
 * @param posted  the date it was posted; null while it is not
 * @param replyBy the date it asked for a reply by (or the log's date for it); null while it is not posted
 */
public record ChaseOnRecord(LocalDate made, LocalDate posted, LocalDate replyBy) {

    public ChaseOnRecord {
        Objects.requireNonNull(made, "made");
    }

    /** Posted, and the date it asked for a reply by has passed on {@code day}: the letter can be chased again. */
    boolean overOn(LocalDate day) {
        return posted != null && replyBy != null && day.isAfter(replyBy);
    }
}
