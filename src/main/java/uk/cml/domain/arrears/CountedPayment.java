package uk.cml.domain.arrears;

import java.util.Collection;
import uk.cml.domain.Money;

/**
 * A payment with what it counts for against the dues, which are before any Collect and Pay fee: money that came
 * through the CMS counts as what the CMS collected for it ({@link FeeRule#collectedFor}), a whole number of dues
 * where the fee's rounding leaves two sums it could be; other money as it is.
 */
record CountedPayment(Payment payment, long counted) {

    static CountedPayment of(Payment payment, FeeRule fee, Collection<Money> dueAmounts) {
        long counted = payment.method() == PaymentMethod.THROUGH_CMS
                ? fee.collectedFor(payment.date(), payment.amount(), dueAmounts).pence() : payment.amount().pence();
        return new CountedPayment(payment, counted);
    }
}
