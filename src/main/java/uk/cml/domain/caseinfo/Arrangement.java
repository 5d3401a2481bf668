package uk.cml.domain.caseinfo;

import uk.cml.domain.Labelled;
import uk.cml.domain.Words;

/** How maintenance is arranged: it decides who can chase arrears and which letters make sense. */
public enum Arrangement implements Labelled {
    PRIVATE, DIRECT_PAY, COLLECT_AND_PAY;

    public String explanation() {
        return switch (this) {
            case PRIVATE -> Words.text("caseinfo.arrangement.privateExplained");
            case DIRECT_PAY -> Words.text("caseinfo.arrangement.directPayExplained");
            case COLLECT_AND_PAY -> Words.text("caseinfo.arrangement.collectAndPayExplained");
        };
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
