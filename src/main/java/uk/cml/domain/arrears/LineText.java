package uk.cml.domain.arrears;

import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** Words for payments, adjustments and dues, as a parent can read them in a letter. */
final class LineText {

    private LineText() {
    }

    /** @param byItsDay the due the payment's day alone points to (the latest on or before it), if any */
    static String payment(Payment payment, long counted, java.util.Optional<java.time.LocalDate> byItsDay) {
        String text = payment.method().isSaid()
                ? Words.text("arrears.line.paymentReceived", payment.method().label())
                : Words.text("arrears.line.paymentReceivedHowNotSaid");
        if (!payment.reference().isBlank()) {
            text += Words.text("arrears.line.reference", payment.reference().strip());
        }
        // The due the parent said it was for, as the schedule counts it, when its day points to another: otherwise a
        // reader sees it among the days of that other due and takes it to be that one's.
        if (payment.forDue().isPresent() && !payment.forDue().equals(byItsDay)) {
            text += Words.text("arrears.line.forDue", UkFormats.shortDate(payment.forDue().get()));
        }
        if (counted != payment.amount().pence()) {
            text += Words.text("arrears.line.beforeFee", Money.ofPence(counted).format());
        }
        return text;
    }

    static String adjustment(Adjustment adjustment, long applied, Money comparedWith) {
        Money amount = adjustment.amount();
        String label = adjustment.kind().label();
        String on = UkFormats.shortDate(adjustment.date());
        String owed = Money.ofPence(applied).format();
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> applied == amount.pence()
                    ? Words.text("arrears.line.adjustment", label, on, amount.format())
                    : Words.text("arrears.line.adjustmentMoreThanOwed", label, on, amount.format(), owed);
            case PART_PAYMENT_SETTLEMENT -> Words.text("arrears.line.settlement", label, on, amount.format(), owed);
            case CMS_CONFIRMED_FIGURE -> Words.text("arrears.line.cmsFigure", label, on, amount.format(),
                    comparedWith.format());
        };
    }

    /** A CMS figure as a line of its own, saying it is not a payment due ({@link ScheduleNote}). */
    static ScheduleNote cmsFigureNote(Adjustment figure, Money comparedWith) {
        return new ScheduleNote(figure.date(), Words.text("arrears.note.cmsFigureWhat"), Words.text(
                "arrears.note.cmsFigure", UkFormats.shortDate(figure.date()), figure.amount().format(),
                BalanceText.of(comparedWith)));
    }

    static String due(Due due) {
        String often = due.frequency().label().toLowerCase(java.util.Locale.UK);
        if (due.fee().isZero()) {
            return Words.text("arrears.line.due", often);
        }
        return Words.text("arrears.line.dueWithFee", often, due.amount().format(), due.expected().format(),
                due.fee().format());
    }
}
