package uk.cml.domain.evidence;

import uk.cml.domain.Labelled;

/**
 * The parent's own answer to "Did you tell them about missed payments on this call?". A call with no answer (every
 * call logged before the question was asked, and one the parent leaves unanswered) is not taken as a report: see
 * {@link Call#reportsMissedPayments()}.
 */
public enum MissedPaymentsTold implements Labelled {
    YES,
    NO;

    @Override
    public String toString() {
        return label();
    }
}
