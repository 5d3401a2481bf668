package uk.cml.domain.arrears;

/** Which side of the Collect and Pay fee an arrears figure is on. Without Collect and Pay both are the same. */
public enum FeeBasis {
    /** What the paying parent owes: the CMS states arrears this way. */
    BEFORE_FEE("before the Collect and Pay fee (what the paying parent owes)"),
    /** What the receiving parent should get once the CMS has taken its fee. */
    AFTER_FEE("after the Collect and Pay fee (what you should receive)");

    private final String label;

    FeeBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
