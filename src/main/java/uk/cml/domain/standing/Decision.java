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
 */
public record Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                       Optional<LocalDate> reconsideredOn) {

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
        note = note == null ? "" : note.strip();
    }
}
