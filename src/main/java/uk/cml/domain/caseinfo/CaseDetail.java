package uk.cml.domain.caseinfo;

import uk.cml.domain.Labelled;

/** A detail kept on the Case page, named ("your phone number") so a check can say which one a rule refuses. */
public enum CaseDetail implements Labelled {
    MY_NAME,
    MY_ADDRESS,
    MY_POSTCODE,
    MY_PHONE,
    MY_EMAIL,
    OTHER_PARENT_NAME,
    OTHER_PARENT_ADDRESS,
    OTHER_PARENT_POSTCODE,
    CHILD_FIRST_NAME;

    /** The parent's own details, kept once and saved with whichever case is open. */
    public boolean isMine() {
        return name().startsWith("MY_");
    }
}
