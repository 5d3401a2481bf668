package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;

/**
 * One payment as the parent received it, once, on its own date: what a bank statement (or the CMS's statement)
 * shows, beside what it counted for against the dues.
 *
 * @param received what reached the parent (after any Collect and Pay fee), as on the bank statement
 * @param counted  what it counted for against the dues, which are before any fee; equal to {@code received}
 *                 unless the money came through the CMS while a fee applied
 */
public record ReceivedPayment(LocalDate date, Money received, Money counted, PaymentMethod method, String reference) {

    /** Whether the CMS fee makes the bank figure differ from what it counted for. */
    public boolean feeTaken() {
        return !received.equals(counted);
    }
}
