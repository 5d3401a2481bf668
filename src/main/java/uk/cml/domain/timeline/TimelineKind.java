package uk.cml.domain.timeline;

import uk.cml.domain.Labelled;

/** The kinds of thing that appear in a case's timeline, each with the word the filter shows. */
public enum TimelineKind implements Labelled {
    PAYMENT_DUE,
    PAYMENT,
    ADJUSTMENT,
    /** An arrears figure the CMS gave: it changes nothing in the record, so it is never called a change. */
    CMS_FIGURE,
    CALL,
    LETTER_SENT,
    /** A letter saved but not recorded as posted ("Letter made, not posted yet"): never called sent, in the timeline or the pack. */
    LETTER_WRITTEN,
    LETTER_RECEIVED,
    /** A CMS decision (a calculation, a refusal, a write-off proposal) or a reconsideration's result, on its day. */
    CMS_DECISION,
    DOCUMENT,
    NOTE,
    DEADLINE,
    ENFORCEMENT;

    /**
     * A due (from the plan) or a deadline (from the dates kept) is worked out by the app each time, never typed in,
     * so it has no moment of recording to show: only the other kinds are records.
     */
    public boolean isWorkedOut() {
        return this == PAYMENT_DUE || this == DEADLINE;
    }

    @Override
    public String toString() {
        return label();
    }
}
