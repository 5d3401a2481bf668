package uk.cml.domain.arrears;

import uk.cml.domain.Money;

/** Builds the payment and adjustment lines of a schedule, with descriptions a parent can read in a letter. */
final class LineText {

    private LineText() {
    }

    static ScheduleLine paymentLine(Payment payment, long balanceAfter) {
        String text = "Payment received: " + payment.method().label();
        if (!payment.reference().isBlank()) {
            text += ", ref " + payment.reference().strip();
        }
        return new ScheduleLine(payment.date(), LineStatus.PAYMENT, text, Money.ZERO, Money.ZERO, payment.amount(),
                Money.ZERO, Money.ZERO, Money.ofPence(balanceAfter), 0, payment.id());
    }

    static ScheduleLine adjustmentLine(Adjustment adjustment, long applied, long balanceAfter) {
        Money balance = Money.ofPence(balanceAfter);
        LineStatus status = adjustment.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE
                ? LineStatus.CMS_FIGURE : LineStatus.ADJUSTMENT;
        return new ScheduleLine(adjustment.date(), status, describe(adjustment, applied, balance), Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ofPence(applied), Money.ZERO, balance, 0, adjustment.id());
    }

    private static String describe(Adjustment adjustment, long applied, Money balance) {
        Money amount = adjustment.amount();
        String label = adjustment.kind().label();
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> applied == amount.pence()
                    ? label
                    : label + ": " + amount.format() + " recorded, but only " + Money.ofPence(applied).format()
                            + " was owed";
            case PART_PAYMENT_SETTLEMENT -> label + " (" + amount.format() + "): cleared "
                    + Money.ofPence(applied).format() + " of arrears";
            case CMS_CONFIRMED_FIGURE -> label + ": " + amount.format() + " (this record: " + balance.format() + ")";
        };
    }
}
