package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

/**
 * What became of one due payment, worked out from the money that arrived for it (see {@link DueMatcher}): the
 * money received in its own period first, then credit held from earlier, then later money towards arrears.
 */
public enum LineStatus implements Labelled {
    /** Paid in full by money that arrived on or before the due date (within the early days allowed). */
    PAID,
    /** Paid in full, but the money that completed it arrived after the due date. */
    PAID_LATE,
    /** Paid in full from credit: money that arrived before its period began (paid ahead). */
    PAID_IN_ADVANCE,
    /** Some money arrived for it, in its own period or after it; some is still owed. */
    PART_PAID,
    /**
     * No money arrived for it, in its own period or after it; still owed (partly, if some was written off, or money
     * paid over an earlier due counts towards it: {@link ScheduleLine#statusText()} then names that money).
     */
    NOTHING_RECEIVED,
    /**
     * Falls due on the schedule's date and has not arrived in full yet: not missed until its day is over, as money
     * sent that day can still arrive (the next day it is Nothing received or Part paid).
     */
    DUE_TODAY,
    /** Nothing left owed because a part payment in full and final settlement cleared what was still owed. */
    SETTLED,
    /** Nothing left owed because the CMS wrote off what was still owed. */
    WRITTEN_OFF,
    /** Nothing left owed because what was still owed was offset. */
    OFFSET;

    /**
     * Still owed something after its day: counts towards "missed or part paid in a row" and goes in a
     * missed-payments letter. A due of today that has not arrived yet is owed but not missed.
     */
    public boolean isShort() {
        return this == NOTHING_RECEIVED || this == PART_PAID;
    }

    /** Something is still owed on it: short, or due today and not yet arrived in full. */
    public boolean isOwed() {
        return isShort() || this == DUE_TODAY;
    }

    /** Cleared in the end by an adjustment rather than by money. */
    public boolean isCleared() {
        return this == SETTLED || this == WRITTEN_OFF || this == OFFSET;
    }

    static LineStatus clearedBy(AdjustmentKind kind) {
        return switch (kind) {
            case WRITE_OFF -> WRITTEN_OFF;
            case OFFSET -> OFFSET;
            case PART_PAYMENT_SETTLEMENT -> SETTLED;
            case CMS_CONFIRMED_FIGURE -> throw new IllegalArgumentException("A CMS figure clears nothing");
        };
    }
}
