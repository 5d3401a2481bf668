package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;

/** The parent ticked a step: the CMS told them on {@code heardOn} that it has taken it. */
public record EnforcementRecord(long id, long caseId, EnforcementStep step, LocalDate heardOn, String note) {

    public EnforcementRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(heardOn, "heardOn");
        note = note == null ? "" : note.strip();
    }
}
