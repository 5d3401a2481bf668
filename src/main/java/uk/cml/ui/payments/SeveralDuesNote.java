package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentSpread;
import uk.cml.domain.arrears.SeveralDues;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.store.PaymentRecords;
import uk.cml.ui.common.Messages;

/**
 * Beside a payment worth about two or more dues, with no due chosen under "This payment was for": which dues the app
 * counts it towards, and how to change that. A stressed parent who paid off two missed weeks at once would not think
 * to look for the choice, and the schedule would then say one of them was never paid. The rule is
 * {@link SeveralDues}; this puts it in words.
 */
final class SeveralDuesNote {

    private SeveralDuesNote() {
    }

    /**
     * The note for the payment as the form holds it ({@code id} 0 while it is new), worked out with the records
     * loaded; empty while the amount or the date cannot be read, or when no note is needed.
     */
    static String forForm(PaymentRecords records, LocalDate today, long id, String amount, Optional<LocalDate> date,
            Optional<LocalDate> forDue) {
        Optional<Money> money = AmountText.read(amount).money()
                .filter(m -> m.isPositive() && m.compareTo(Money.MAX_SINGLE_AMOUNT) <= 0);
        if (money.isEmpty() || date.isEmpty() || date.get().isAfter(today)) {
            return "";
        }
        Payment typed = new Payment(id, date.get(), money.get(), PaymentMethod.NOT_SAID, "", "", forDue);
        return SeveralDues.of(typed, records.payments(), payments -> records.scheduleWith(payments, today))
                .map(found -> text(found, money.get())).orElse("");
    }

    /** The note in words, for a payment of {@code received} (as on the bank statement). */
    static String text(SeveralDues found, Money received) {
        String amount = found.counted().equals(received) ? received.format()
                : Messages.text("payments.severalDues.beforeFee", found.counted().format());
        String worth = Messages.text(found.exact() ? "payments.severalDues.worth" : "payments.severalDues.aboutWorth",
                amount, found.worth(), found.dueEach().format());
        String byApp = Messages.text("payments.severalDues.byTheApp", spread(found.byDate()));
        String choice = Messages.text("payments.panel.thisPaymentWasFor");
        String change = found.newerChoice()
                .map(newer -> Messages.text("payments.severalDues.ifThatOne", CalendarText.dayAndDate(newer.due()),
                        choice, spread(newer.spread())))
                .orElse(Messages.text("payments.severalDues.ifOther", choice));
        return worth + " " + byApp + " " + change + " " + Messages.text("payments.severalDues.oneDue");
    }

    /** "the payments due on Fri 24 Jul 2026 and Fri 14 Aug 2026; £42.50 is kept for later payments due". */
    private static String spread(PaymentSpread spread) {
        List<String> dates = spread.dues().stream().map(CalendarText::dayAndDate).toList();
        String dues = switch (dates.size()) {
            case 1 -> Messages.text("payments.severalDues.oneOf", dates.get(0));
            case 2 -> Messages.text("payments.severalDues.twoOf", dates.get(0), dates.get(1));
            case 3 -> Messages.text("payments.severalDues.threeOf", dates.get(0), dates.get(1), dates.get(2));
            // Each named: "from Fri 2 Oct to Fri 13 Nov" read as every due between, when it paid only some of them.
            default -> Messages.text("payments.severalDues.manyOf", dates.size(), Messages.text(
                    "payments.dueChoices.listAnd", String.join(", ", dates.subList(0, dates.size() - 1)),
                    dates.get(dates.size() - 1)));
        };
        if (!spread.left().isPositive()) {
            return dues;
        }
        String left = Messages.text("payments.severalDues.leftKept", spread.left().format());
        return Messages.text("payments.severalDues.duesAndLeft", dues, left);
    }
}
