package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Labelled;

/**
 * A CMS decision the parent may challenge, with the date printed on its letter.
 *
 * @param reconsideredOn the date of the mandatory reconsideration notice, once it comes; the tribunal appeal
 *                       is counted from it
 * @param fromLetter     the received CMS letter the decision came in, when it was logged with that letter: a reply to
 *                       the decision is then that letter's reply too
 */
public record Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                       Optional<LocalDate> reconsideredOn, Optional<Long> fromLetter) {

    public enum Kind implements Labelled {
        CALCULATION,
        REFUSAL,
        WRITE_OFF;

        @Override
        public String toString() {
            return label();
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(reconsideredOn, "reconsideredOn");
        Objects.requireNonNull(fromLetter, "fromLetter");
        note = note == null ? "" : note.strip();
    }

    /** A decision added on its own, not with the letter it came in. */
    public Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                    Optional<LocalDate> reconsideredOn) {
        this(id, caseId, kind, dated, note, reconsideredOn, Optional.empty());
    }
}
