package uk.cml.domain.arrears;

import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/** Words for payments, adjustments and dues, as a parent can read them in a letter. */
final class LineText {

    private LineText() {
    }

    static String payment(Payment payment, long counted) {
        String text = "Payment received: " + payment.method().label();
        if (!payment.reference().isBlank()) {
            text += ", ref " + payment.reference().strip();
        }
        if (counted != payment.amount().pence()) {
            text += " (" + Money.ofPence(counted).format() + " before the CMS fee)";
        }
        return text;
    }

    static String adjustment(Adjustment adjustment, long applied, Money comparedWith) {
        Money amount = adjustment.amount();
        String label = adjustment.kind().label();
        String on = " on " + UkFormats.shortDate(adjustment.date());
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> applied == amount.pence()
                    ? label + on + ": " + amount.format()
                    : label + on + ": " + amount.format() + " recorded, but only " + Money.ofPence(applied).format()
                            + " was owed";
            case PART_PAYMENT_SETTLEMENT -> label + on + ": " + amount.format() + " to be paid; "
                    + Money.ofPence(applied).format() + " of arrears cleared";
            case CMS_CONFIRMED_FIGURE -> label + on + ": " + amount.format() + " (this record: "
                    + comparedWith.format() + ")";
        };
    }

    static String due(Due due) {
        String text = "Maintenance due (" + due.frequency().label().toLowerCase(java.util.Locale.UK) + ")";
        if (due.fee().isZero()) {
            return text;
        }
        return text + ": " + due.amount().format() + ", " + due.expected().format() + " after the "
                + due.fee().format() + " Collect and Pay fee";
    }
}
