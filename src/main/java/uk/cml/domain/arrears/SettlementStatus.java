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
 * @param against  the arrears it was agreed against: what was owed on the dues it covers when it was agreed, before
 *                 any of it was given up, so a reply about the offer quotes that, not the sum still to be paid
 */
public record SettlementStatus(LocalDate agreedOn, Money agreed, Money toPay, Money received,
        Money writtenOff, Optional<LocalDate> paidInFull, Money against) {

    /** Whether some of the agreed sum is still to arrive: until it does, the arrears it covers are not cleared. */
    public boolean notPaidYet() {
        return stillToArrive().isPositive();
    }

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
