package uk.cml.domain.arrears;

import uk.cml.domain.Labelled;

/** How a payment reached the parent. */
public enum PaymentMethod implements Labelled {
    BANK_TRANSFER,
    STANDING_ORDER,
    CASH,
    CHEQUE,
    THROUGH_CMS,
    OTHER;

}
