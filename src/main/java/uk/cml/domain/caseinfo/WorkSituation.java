package uk.cml.domain.caseinfo;

/** The other parent's work situation: the CMS enforces differently for each, and self-employment takes longer. */
public enum WorkSituation {
    EMPLOYED("Employed"),
    SELF_EMPLOYED("Self-employed"),
    ON_BENEFITS("On benefits"),
    NOT_KNOWN("Not known");

    private final String label;

    WorkSituation(String label) {
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
