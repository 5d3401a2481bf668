package uk.cml.domain.evidence;

/** Who rang whom. A complaint letter says "I called you on..." or "you called me on...", so it matters. */
public enum CallDirection {
    I_CALLED("I called the CMS"),
    CMS_CALLED("The CMS called me"),
    OTHER("Other");

    private final String label;

    CallDirection(String label) {
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
