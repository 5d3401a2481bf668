package uk.cml.domain.caseinfo;

/** How maintenance is arranged: it decides who can chase arrears and which letters make sense. */
public enum Arrangement {
    PRIVATE("Private arrangement", "You and the other parent agreed it between yourselves."),
    DIRECT_PAY("CMS Direct Pay", "The CMS worked out the amount and the other parent pays you directly."),
    COLLECT_AND_PAY("CMS Collect and Pay", "The CMS collects the money from the other parent and passes it to you.");

    private final String label;
    private final String explanation;

    Arrangement(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** The CMS is involved, so the case has a 12-digit reference. */
    public boolean involvesCms() {
        return this != PRIVATE;
    }

    @Override
    public String toString() {
        return label;
    }
}
