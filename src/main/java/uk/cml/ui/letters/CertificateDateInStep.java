package uk.cml.ui.letters;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.correspondence.LetterRules;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The certificate of posting's date on the posting form. The Post Office dates a certificate at the counter, the day
 * the letter is handed in, so the date follows the date posted as it is typed and changed. A date the parent typed
 * that differs is left as typed, never changed unseen, and refused on saving. The date is kept only when the parent
 * says they got a certificate (the form's own question), so recording a posting never claims one by itself.
 */
final class CertificateDateInStep {

    /** The date the form last put in, to tell it from one the parent typed. */
    private Optional<LocalDate> filled = Optional.empty();

    /** A letter opened: its certificate date goes on following the posting only if it was the posting date. */
    void opened(Optional<LocalDate> posted, Optional<LocalDate> certificate) {
        filled = certificate.filter(c -> posted.equals(Optional.of(c)));
    }

    /** The date the field shows after the posting date or how it was sent changed ({@code shown}: what it shows). */
    Optional<LocalDate> next(Optional<LocalDate> posted, Optional<PostingMethod> method, Optional<LocalDate> shown,
                             boolean unreadable) {
        if (unreadable || shown.isPresent() && !shown.equals(filled)) {
            return shown; // the parent's own
        }
        // Emailed, handed in or sent through the online account: there is no certificate of posting.
        filled = method.map(PostingMethod::byPost).orElse(true) ? posted : Optional.empty();
        return filled;
    }

    /** What is wrong with the date shown, for beside the field. */
    Optional<String> refusal(Optional<LocalDate> posted, Optional<LocalDate> shown, boolean unreadable) {
        return LetterRules.certificateDate(shown, unreadable, posted);
    }
}
