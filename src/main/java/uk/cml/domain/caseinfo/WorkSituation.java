package uk.cml.domain.caseinfo;

import uk.cml.domain.Labelled;

/** The other parent's work situation: the CMS enforces differently for each, and self-employment takes longer. */
public enum WorkSituation implements Labelled {
    EMPLOYED,
    SELF_EMPLOYED,
    ON_BENEFITS,
    NOT_KNOWN;

    @Override
    public String toString() {
        return label();
    }
}
