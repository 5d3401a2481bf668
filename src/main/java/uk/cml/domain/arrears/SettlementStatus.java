package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.Words;

/**
 * The latest part payment in full and final settlement: the sum still to be paid when it was agreed, and the money
 * beyond the regular dues that has gone to it since.
 *
 * @param toPay    the agreed sum, or what was owed on that date if that was less, less any part written off
 * @param writtenOff of that sum, what a later write-off or offset cleared, so it is no longer to arrive
 * @param paidInFull the date the last of it arrived, if it has
 */
public record SettlementStatus(LocalDate agreedOn, Money agreed, Money toPay, Money received,
        Money writtenOff, Optional<LocalDate> paidInFull) {

    public Money stillToArrive() {
        return toPay.minus(received);
    }

    /** For the Overview: empty when the settlement has been paid in full. */
    public Optional<String> warning() {
        if (!stillToArrive().isPositive()) {
            return Optional.empty();
        }
        String agreed = uk.cml.domain.UkFormats.shortDate(agreedOn);
        if (writtenOff.isPositive()) {
            // The sum as agreed, not what the write-off left, so the figure matches the parent's own note of it.
            return Optional.of(Words.text("arrears.settlement.notAllArrivedPartWrittenOff", agreed, received.format(),
                    toPay.plus(writtenOff).format(), writtenOff.format(), stillToArrive().format()));
        }
        return Optional.of(Words.text("arrears.settlement.notAllArrived", agreed,
                received.format(), toPay.format(), stillToArrive().format()));
    }
}
