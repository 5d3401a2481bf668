package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

/** How a payment reached the parent. */
public enum PaymentMethod implements Labelled {
    BANK_TRANSFER,
    STANDING_ORDER,
    CASH,
    CHEQUE,
    THROUGH_CMS,
    OTHER,
    /**
     * The parent did not say how it came (quick entry asks only whether and when the money arrived). Kept as a value
     * of its own, not as a guess: letters, the pack and the timeline then print no way of paying for it.
     */
    NOT_SAID;

    /** Whether the parent said how the money came, so that it may be printed. */
    public boolean isSaid() {
        return this != NOT_SAID;
    }
}
