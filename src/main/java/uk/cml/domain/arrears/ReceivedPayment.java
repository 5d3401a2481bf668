package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Money;

/**
 * One payment as the parent received it, once, on its own date: what a bank statement (or the CMS's statement)
 * shows, beside what it counted for against the dues.
 *
 * @param received what reached the parent (after any Collect and Pay fee), as on the bank statement
 * @param counted  what it counted for against the dues, which are before any fee; equal to {@code received}
 *                 unless the money came through the CMS while a fee applied
 * @param forDue   the due the parent said it was for, when that date is a due of the schedule (so the matching
 *                 took the link into account); empty when it was matched by date alone
 */
public record ReceivedPayment(LocalDate date, Money received, Money counted, PaymentMethod method, String reference,
        Optional<LocalDate> forDue) {

    public ReceivedPayment {
        forDue = forDue == null ? Optional.empty() : forDue;
    }

    /** A payment matched by its date alone. */
    public ReceivedPayment(LocalDate date, Money received, Money counted, PaymentMethod method, String reference) {
        this(date, received, counted, method, reference, Optional.empty());
    }

    /** Whether the CMS fee makes the bank figure differ from what it counted for. */
    public boolean feeTaken() {
        return !received.equals(counted);
    }
}
