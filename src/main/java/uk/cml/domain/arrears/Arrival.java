package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/**
 * Part (or all) of one payment counted for one due.
 *
 * @param counted  how much of the payment counted for this due (before any Collect and Pay fee)
 * @param whole    the whole payment, counted the same way
 * @param received the whole payment as it reached the parent (after any fee), as on the bank statement
 * @param how      whether it came in the due's own period, from credit held earlier, or later towards arrears
 */
public record Arrival(LocalDate date, Money counted, Money whole, Money received, How how) {

    public enum How {
        /** Arrived in the due's own period. */
        IN_PERIOD,
        /** Money that arrived before the due's period and was held as credit. */
        FROM_CREDIT,
        /** Arrived after the due's period: the surplus of a later period, paid towards arrears. */
        LATER
    }

    /** "£51.87 on 4 Sep 2026", "£20.00 of £70.00 on 22 Jan 2026 (towards arrears)", "£50.00 paid ahead on ...". */
    public String describe() {
        String part = counted.equals(whole) ? counted.format() : counted.format() + " of " + whole.format();
        String when = UkFormats.shortDate(date);
        String afterFee = received.equals(whole) ? "" : ", " + received.format() + " after the CMS fee";
        return switch (how) {
            case IN_PERIOD -> part + " on " + when + (afterFee.isEmpty() ? "" : " (" + afterFee.substring(2) + ")");
            case FROM_CREDIT -> part + " paid ahead on " + when + (afterFee.isEmpty() ? "" : " (" + afterFee.substring(2) + ")");
            case LATER -> part + " on " + when + " (towards arrears" + afterFee + ")";
        };
    }
}
