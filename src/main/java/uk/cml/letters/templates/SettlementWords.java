package uk.cml.letters.templates;

import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.SettlementStatus;

/**
 * What a letter says of a part payment in full and final settlement that has not been paid: the arrears it covers
 * are not cleared until it is (seed 000: if the other parent does not pay, the CMS can cancel the agreement and try
 * to get the arrears back in other ways), so a letter quoting what is owed says what of it is that agreed sum.
 */
final class SettlementWords {

    private SettlementWords() {
    }

    /** The latest settlement, agreed by the letter's figures' date, if some of it is still to arrive. */
    static Optional<SettlementStatus> notPaid(ArrearsDetails arrears) {
        return arrears.settlement().filter(SettlementStatus::notPaidYet)
                .filter(s -> arrears.asOf() == null || !s.agreedOn().isAfter(arrears.asOf()));
    }

    /**
     * "Of this, £150.00 is the part payment in full and final settlement of arrears of £263.75 agreed on 20 October
     * 2026. It has not been paid." ("All of it is..." when it is the whole of {@code owed}; "£50.00 of it has arrived;
     * £100.00 has not." when part came.)
     */
    static String ofWhatIsOwed(SettlementStatus s, uk.cml.domain.Money owed) {
        String which = s.stillToArrive().compareTo(owed) >= 0 ? "All of it is " : "Of this, "
                + s.stillToArrive().format() + " is ";
        String paid = s.received().isPositive() ? s.received().format() + " of it has arrived; "
                + s.stillToArrive().format() + " has not." : "It has not been paid.";
        return which + "the part payment in full and final settlement of arrears of " + s.against().format()
                + " agreed on " + UkFormats.shortDate(s.agreedOn()) + ". " + paid;
    }
}
