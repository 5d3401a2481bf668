package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A CMS decision the parent may challenge, with the date printed on its letter.
 *
 * @param reconsideredOn the date of the mandatory reconsideration notice, once it comes; the tribunal appeal
 *                       is counted from it
 */
public record Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                       Optional<LocalDate> reconsideredOn) {

    public enum Kind {
        CALCULATION("A calculation of maintenance"),
        REFUSAL("A refusal or other decision"),
        WRITE_OFF("A proposal to write off arrears");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(reconsideredOn, "reconsideredOn");
        note = note == null ? "" : note.strip();
    }
}
