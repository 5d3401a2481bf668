package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;

/**
 * A payment or adjustment in date order, with the balance after it: the chronology of the money, beside the
 * per-due story in {@link ScheduleLine}.
 *
 * @param amount  a payment as it reached the parent; an adjustment's recorded amount
 * @param applied a payment as counted against the dues (before any fee); what an adjustment actually cleared
 * @param kind    null for a payment
 */
public record ScheduleEvent(LocalDate date, AdjustmentKind kind, String description, Money amount, Money applied,
        Money balanceAfter, long sourceId) {

    public boolean isPayment() {
        return kind == null;
    }
}
