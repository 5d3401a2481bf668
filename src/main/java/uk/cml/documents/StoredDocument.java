package uk.cml.documents;

import java.util.Objects;

/**
 * A file now held in the {@link DocumentStore}. The caller records {@code originalName} and the date
 * added in its own metadata; the store itself only knows files by hash.
 *
 * @param sha256        lower-case hex SHA-256 of the content, which is also its name in the store
 * @param sizeBytes     size of the content
 * @param type          what the content really is (checked from its bytes, not its name)
 * @param originalName  the name the parent's file had, for showing in lists
 * @param pageCount     number of pages for a PDF; 1 for an image
 * @param width         width in pixels for an image; 0 for a PDF
 * @param height        height in pixels for an image; 0 for a PDF
 * @param alreadyStored true when the same content was in the store already, so nothing new was written
 */
public record StoredDocument(String sha256, long sizeBytes, DocumentType type, String originalName, int pageCount,
                             int width, int height, boolean alreadyStored) {

    public StoredDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(originalName, "originalName");
    }
}
