package uk.cml.domain.caseinfo;

import uk.cml.domain.Labelled;

/** How maintenance is arranged: it decides who can chase arrears and which letters make sense. */
public enum Arrangement implements Labelled {
    PRIVATE("You and the other parent agreed it between yourselves."),
    DIRECT_PAY("The CMS worked out the amount and the other parent pays you directly."),
    COLLECT_AND_PAY("The CMS collects the money from the other parent and passes it to you.");

    private final String explanation;

    Arrangement(String explanation) {
        this.explanation = explanation;
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
        return label();
    }
}
