package uk.cml.domain.arrears;

import java.time.LocalDate;

/** A payment as typed on the form, before it is checked. {@code amount} is the text as typed. */
public record PaymentInput(String amount, LocalDate date, PaymentMethod method, String reference, String note) {
}
