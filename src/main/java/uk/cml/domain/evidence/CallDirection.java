package uk.cml.domain.evidence;

import uk.cml.domain.Labelled;

/** Who rang whom. A complaint letter says "I called you on..." or "you called me on...", so it matters. */
public enum CallDirection implements Labelled {
    I_CALLED,
    CMS_CALLED,
    OTHER;

    @Override
    public String toString() {
        return label();
    }
}
