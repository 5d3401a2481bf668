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

    /**
     * The parent said they got a certificate of posting. The sent-letter form asks ("I got a certificate of posting
     * from the Post Office", unticked until they tick it) and keeps the certificate's date, branch, reference and
     * photo only when they did, so any of them on record is that answer. Letters saved before the question was
     * asked read the same way: the form then kept a certificate date only as the parent typed it, or with the
     * certificate's photo, branch or reference they gave, so a date on record was theirs for a certificate they had.
     * Everything that prints or counts a certificate (the letters, the pack, the Letters list, the to-dos) asks this.
     */
    public boolean certificateGot() {
        return !isEmpty();
    }

    public boolean isEmpty() {
        return certificateDate.isEmpty() && branch.isEmpty() && reference.isEmpty() && photoDocumentId.isEmpty();
    }
}
