package uk.cml.domain.evidence;

import java.time.LocalDateTime;

/** An earlier version of a record, and when the parent replaced it with a correction. */
public record Amended<T>(LocalDateTime amendedAt, T earlier) {
}
