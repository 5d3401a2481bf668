package uk.cml.importer;

/** What the preview decided about one row of the file. Only READY rows are ticked to start with. */
public enum RowStatus {
    /** Money in from the payer: ticked, so it will be imported unless the parent unticks it. */
    READY,
    /** The same payment seems to be recorded already; imported only if the parent ticks it. */
    POSSIBLE_DUPLICATE,
    /** Money in that mentions none of the payer's names or references (salary, refunds, interest...); untick. */
    NOT_FROM_PAYER,
    /** Money going out of the account; never a payment to the parent. */
    MONEY_OUT,
    /** The file says the payment has not completed (pending, declined, reverted); never imported. */
    NOT_COMPLETED,
    /** Cannot be imported; the message says why. */
    PROBLEM;

    /** Whether the parent may tick the row: only rows that hold a payment in. */
    public boolean canTick() {
        return this == READY || this == POSSIBLE_DUPLICATE || this == NOT_FROM_PAYER;
    }
}
