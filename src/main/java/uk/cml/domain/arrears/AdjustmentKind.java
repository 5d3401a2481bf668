package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

/**
 * Things that change (or check) the arrears other than dues and payments. The declaration order is the order
 * they are applied within one day: reductions first, then a settlement, then the CMS figure, so the CMS figure is
 * compared with the balance at the end of that day.
 */
public enum AdjustmentKind implements Labelled {
    /** The CMS wrote off this amount of arrears. */
    WRITE_OFF,
    /** Arrears reduced because the parent was overpaid after care changed. */
    OFFSET,
    /** Part payment in full and final settlement agreed: arrears on dues missed by that date become the agreed sum. */
    PART_PAYMENT_SETTLEMENT,
    /** The arrears figure the CMS gave on that date. Changes nothing; compared with this record's figure. */
    CMS_CONFIRMED_FIGURE;

}
