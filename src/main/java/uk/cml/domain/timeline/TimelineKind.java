package uk.cml.domain.timeline;

/** The kinds of thing that appear in a case's timeline, each with the word the filter shows. */
public enum TimelineKind {
    PAYMENT_DUE("Payment due"),
    PAYMENT("Payment received"),
    ADJUSTMENT("Arrears change"),
    CALL("Call"),
    LETTER_SENT("Letter sent"),
    LETTER_RECEIVED("Letter received"),
    DOCUMENT("Document"),
    NOTE("Note"),
    DEADLINE("Deadline"),
    ENFORCEMENT("Enforcement step");

    private final String label;

    TimelineKind(String label) {
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
