package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The Post Office certificate of posting (free at the counter): it proves posting, not delivery.
 *
 * @param photoDocumentId the photo or scan of the certificate, kept as a document
 */
public record ProofOfPostage(Optional<LocalDate> certificateDate, String branch, String reference,
                             Optional<Long> photoDocumentId) {

    public static final ProofOfPostage NONE = new ProofOfPostage(Optional.empty(), "", "", Optional.empty());

    public ProofOfPostage {
        Objects.requireNonNull(certificateDate, "certificateDate");
        Objects.requireNonNull(photoDocumentId, "photoDocumentId");
        branch = branch == null ? "" : branch.strip();
        reference = reference == null ? "" : reference.strip();
    }

    /** The certificate itself is attached: the thing that would persuade someone the letter was posted. */
    public boolean attached() {
        return photoDocumentId.isPresent();
    }

    public boolean isEmpty() {
        return certificateDate.isEmpty() && branch.isEmpty() && reference.isEmpty() && photoDocumentId.isEmpty();
    }
}
