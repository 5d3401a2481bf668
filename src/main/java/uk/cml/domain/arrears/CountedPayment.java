package uk.cml.domain.arrears;

/**
 * A payment with what it counts for against the dues, which are before any Collect and Pay fee: money that came
 * through the CMS counts as what the CMS collected for it ({@link FeeRule#collectedFor}); other money as it is.
 */
record CountedPayment(Payment payment, long counted) {

    static CountedPayment of(Payment payment, FeeRule fee) {
        long counted = payment.method() == PaymentMethod.THROUGH_CMS
                ? fee.collectedFor(payment.date(), payment.amount()).pence() : payment.amount().pence();
        return new CountedPayment(payment, counted);
    }
}
