package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

/** Which side of the Collect and Pay fee an arrears figure is on. Without Collect and Pay both are the same. */
public enum FeeBasis implements Labelled {
    /** What the paying parent owes: the CMS states arrears this way. */
    BEFORE_FEE,
    /** What the receiving parent should get once the CMS has taken its fee. */
    AFTER_FEE;

}
