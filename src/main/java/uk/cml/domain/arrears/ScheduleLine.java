package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;

/**
 * One row of the chronological arrears table. Columns that do not apply to a kind of line are zero.
 *
 * <p>Due lines: {@code due} is what the parent should have received (after any Collect and Pay {@code fee});
 * {@code received} is the money allocated to it (oldest due first); {@code cleared} is what a write-off, offset or
 * settlement removed; {@code shortBy} is what is still owed on it, so due = received + cleared + shortBy.
 * Payment lines: {@code received} is the payment. Adjustment lines: {@code cleared} is the reduction actually
 * applied (a write-off or offset never takes the balance below zero). CMS figure lines change nothing.
 *
 * @param balanceAfter arrears owed after this line (negative = credit: paid ahead)
 * @param daysLate     for PAID_LATE: date of the payment that completed it minus the due date; otherwise 0
 * @param sourceId     the plan, payment or adjustment id the line came from
 */
public record ScheduleLine(LocalDate date, LineStatus status, String description, Money due, Money fee,
        Money received, Money cleared, Money shortBy, Money balanceAfter, long daysLate, long sourceId) {

    public boolean isDue() {
        return status.isDue();
    }

    /** The status as a parent reads it: "Paid late (3 days)". */
    public String statusText() {
        if (status == LineStatus.PAID_LATE) {
            return status.label() + " (" + daysLate + (daysLate == 1 ? " day)" : " days)");
        }
        return status.label();
    }
}
