package uk.cml.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import uk.cml.documents.DocumentType;
import uk.cml.domain.Words;

/**
 * A file kept as evidence in a case: which stored file (by hash), the name it had, and when it was added.
 *
 * @param addedOn    the day the parent added it (the app's own date, never typed)
 * @param description what the document is, in the parent's words ("CMS letter about the arrears"); may be empty
 * @param datedOn    the date printed on the document, when the parent gave it (apart from the day it was added)
 * @param recordedAt when the app recorded it
 * @param binnedAt   when it was moved to the bin; empty while it is not in the bin (or if that time will not read)
 */
public record AttachedDocument(long id, long caseId, String sha256, String originalName, DocumentType type,
                               long sizeBytes, int pageCount, LocalDate addedOn, String description,
                               Optional<LocalDate> datedOn, LocalDateTime recordedAt,
                               Optional<LocalDateTime> binnedAt) {

    public AttachedDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(binnedAt, "binnedAt");
        Objects.requireNonNull(datedOn, "datedOn");
        originalName = originalName == null ? "" : originalName;
        description = description == null ? "" : description;
    }

    /** "2.4 MB", "830 KB": sizes as a parent reads them. */
    public String sizeText() {
        if (sizeBytes < 1024) {
            return Words.text("documents.size.bytes", sizeBytes);
        }
        if (sizeBytes < 1024 * 1024) {
            return Words.text("documents.size.kilobytes", Math.round(sizeBytes / 1024.0));
        }
        return Words.text("documents.size.megabytes", String.format(java.util.Locale.UK, "%.1f",
                sizeBytes / (1024.0 * 1024.0)));
    }
}
