package uk.cml.domain.arrears;

/**
 * What a schedule line is, and for a due, what became of it by the schedule's date. The first seven apply to
 * dues; PAYMENT, ADJUSTMENT and CMS_FIGURE mark the other lines so one filter can pick any mix.
 */
public enum LineStatus {
    /** Paid in full on or before the due date (including from earlier credit). */
    PAID("Paid"),
    /** Paid in full, but the money that completed it arrived after the due date. */
    PAID_LATE("Paid late"),
    /** Some money received against it; some still owed. */
    PART_PAID("Part paid"),
    /** Nothing received against it; still owed (partly, if something was written off). */
    MISSED("Missed"),
    /** Nothing left owed because a part payment in full and final settlement cleared it. */
    CLEARED_BY_SETTLEMENT("Cleared by settlement"),
    /** Nothing left owed because the CMS wrote it off. */
    WRITTEN_OFF("Written off"),
    /** Nothing left owed because it was offset. */
    OFFSET("Offset"),
    PAYMENT("Payment"),
    ADJUSTMENT("Adjustment"),
    CMS_FIGURE("CMS figure");

    private final String label;

    LineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDue() {
        return ordinal() <= OFFSET.ordinal();
    }

    /** Still owed something: counts towards "missed in a row". */
    public boolean isShort() {
        return this == MISSED || this == PART_PAID;
    }

    static LineStatus clearedBy(AdjustmentKind kind) {
        return switch (kind) {
            case WRITE_OFF -> WRITTEN_OFF;
            case OFFSET -> OFFSET;
            case PART_PAYMENT_SETTLEMENT -> CLEARED_BY_SETTLEMENT;
            case CMS_CONFIRMED_FIGURE -> throw new IllegalArgumentException("A CMS figure clears nothing");
        };
    }
}
