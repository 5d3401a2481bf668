package uk.cml.domain.arrears;

import java.time.LocalDate;

/**
 * A plan as typed on the form. {@code stopped} is the explicit "maintenance stopped" choice; then the amount
 * and frequency are not needed. {@code amount} is the text as typed.
 */
public record PlanInput(String amount, PaymentFrequency frequency, LocalDate firstDue, boolean stopped,
        String source) {
}
