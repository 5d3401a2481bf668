package uk.cml.domain.arrears;

import java.util.Collection;
import uk.cml.domain.Money;

/**
 * A payment with what it counts for against the dues, which are before any Collect and Pay fee: money that came
 * through the CMS counts as what the CMS collected for it ({@link FeeRule#collectedFor}), a whole number of dues
 * where the fee's rounding leaves two sums it could be; other money as it is.
 */
record CountedPayment(Payment payment, long counted, FeeRule fee) {

    CountedPayment(Payment payment, long counted) {
        this(payment, counted, FeeRule.NONE);
    }

    static CountedPayment of(Payment payment, FeeRule fee, Collection<Money> dueAmounts) {
        long counted = payment.method() == PaymentMethod.THROUGH_CMS
                ? fee.collectedFor(payment.date(), payment.amount(), dueAmounts).pence() : payment.amount().pence();
        return new CountedPayment(payment, counted, fee);
    }

    /**
     * Of what reached the parent, the share after the fee of the first {@code upTo} pence it counted for: that sum
     * less the fee on it, at the rate of the payment's day ({@link FeeRule#passedOnThroughCms}); all that reached the
     * parent once {@code upTo} is all it counted for, so the parts' shares add up to it exactly, no penny lost. As it
     * counted when no fee was taken.
     */
    long afterFeeUpTo(long upTo) {
        long received = payment.amount().pence();
        if (received == counted) {
            return Math.min(upTo, received);
        }
        if (upTo >= counted) {
            return received;
        }
        return Math.min(received, fee.passedOnThroughCms(payment.date(), Money.ofPence(upTo)).pence());
    }
}
