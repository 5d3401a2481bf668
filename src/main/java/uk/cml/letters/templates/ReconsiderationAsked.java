package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mandatory reconsideration request the records show posted for a decision: a second request for the same decision
 * is not written, the first is chased.
 *
 * @param decisionDate the date on the decision letter the request asked about
 * @param posted       the day it was posted
 * @param how          how, as the Letters page says it ("1st class post"); empty when not recorded
 */
public record ReconsiderationAsked(LocalDate decisionDate, LocalDate posted, String how) {

    public ReconsiderationAsked {
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(posted, "posted");
        how = Objects.requireNonNullElse(how, "");
    }
}
