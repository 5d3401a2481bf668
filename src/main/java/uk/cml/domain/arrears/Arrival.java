package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * One payment as it bears on one due: the part counted for the due, and, for money that arrived in the due's own
 * period, what of the same payment went on to older arrears or was kept as credit.
 *
 * @param counted        how much of the payment counted for this due (before any Collect and Pay fee); may be 0
 *                       when the whole payment went past a due already paid
 * @param whole          the whole payment, counted the same way
 * @param received       the whole payment as it reached the parent (after any fee), as on the bank statement
 * @param towardsArrears of this payment, what went to older arrears (only for money in the due's own period)
 * @param keptAsCredit   of this payment, what was kept for later dues (only for money in the due's own period)
 * @param how            whether it came in the due's own period, from credit held earlier, or later towards arrears
 * @param towardsSettlement of {@code towardsArrears}, what was paid under an agreed settlement (it is shown against
 *                       the dues the settlement covers, so this due's words say where it went)
 * @param forOtherDue    the date of another due the parent said this payment was for, if they did: money that
 *                       arrived in this due's period but went all to that one says so, not only "towards arrears"
 * @param share          of {@code received}, this part's own share after the fee ({@code counted} less the fee on
 *                       it): the shares of one payment's parts add up to exactly what reached the parent, the last
 *                       part counted taking what is left ({@link DueMatcher}); {@code counted} when no fee was taken
 */
public record Arrival(LocalDate date, Money counted, Money whole, Money received, Money towardsArrears,
        Money keptAsCredit, How how, Money towardsSettlement, java.util.Optional<LocalDate> forOtherDue, Money share) {

    public Arrival {
        forOtherDue = forOtherDue == null ? java.util.Optional.empty() : forOtherDue;
        share = share == null ? counted : share;
    }

    /** The same arrival with its share after the fee worked out. */
    Arrival withShare(Money share) {
        return new Arrival(date, counted, whole, received, towardsArrears, keptAsCredit, how, towardsSettlement,
                forOtherDue, share);
    }

    /** Whether the CMS took its fee from this payment, so what reached the parent is less than it counted for. */
    public boolean feeTaken() {
        return !received.equals(whole);
    }

    public enum How {
        /** Arrived in the due's own period. */
        IN_PERIOD,
        /** Money that arrived before the due's period and was held as credit. */
        FROM_CREDIT,
        /** Arrived after the due's period: the surplus of a later period, paid towards arrears. */
        LATER,
        /** Arrived after the due's period, and the parent said it was for this due. */
        LINKED,
        /** Arrived after the due's period and paid under the part payment in full and final settlement covering it. */
        SETTLEMENT
    }

    /**
     * Whether this money came early for the due dated {@code due} it is listed against: it arrived in that due's own
     * period before its date ({@link ScheduleLine#cameEarly()}: every figure owed by due counts it on that due's day).
     */
    public boolean cameEarlyFor(LocalDate due) {
        return how == How.IN_PERIOD && date.isBefore(due);
    }

    /**
     * "£51.87 on 4 Sep 2026", "£50.00 of £80.00 on 12 Jan 2026 + £30.00 towards arrears", "£51.87 on 11 Sep 2026,
     * all towards arrears", "£20.00 of £70.00 on 22 Jan 2026 (towards arrears)", "£50.00 paid ahead on 1 Jan 2026",
     * "£300.00 on 26 Jul 2026 (you said it was for this due)".
     */
    public String describe() {
        return describe(true);
    }

    /**
     * The same words beside a figure that already says what reached the parent after the fee (a table's "After the
     * fee" column): when this payment reached the parent as {@code afterFeeShown}, "(£49.80 after the CMS fee)" is
     * left out, as it would only repeat it.
     */
    public String describeBeside(Money afterFeeShown) {
        return describe(!sameAsShown(afterFeeShown));
    }

    /**
     * Whether the fee's words would only repeat {@code afterFeeShown}: the whole payment counted here and reached the
     * parent as that figure. A part of a payment always says its own share of what arrived, as the column does not.
     */
    private boolean sameAsShown(Money afterFeeShown) {
        return afterFeeShown != null && counted.equals(whole) && received.equals(afterFeeShown);
    }

    /**
     * Only the part counted for the due it is listed against ({@link ScheduleLine#arrivedTextBesideExpected()}):
     * "£50.00 of £80.00 on 12 Jan 2026", without what of it went to older arrears or was kept as credit, which the
     * dues it paid name. {@code afterFeeShown} as for {@link #describeBeside}, or null where no fee column is beside.
     */
    public String describeCounted(Money afterFeeShown) {
        return describe(!sameAsShown(afterFeeShown), false, afterFeeShown != null);
    }

    private String describe(boolean sayFee) {
        return describe(sayFee, true, false);
    }

    /**
     * {@code besideFeeColumn}: beside a column headed "After fee", whose heading names the fee, a payment that
     * reached the parent as another amount says "(£99.60 after fee)": at 1024 wide under Collect and Pay "(£99.60
     * after the CMS fee)" took What arrived onto a third line, which its two-line rows cut.
     */
    private String describe(boolean sayFee, boolean whereTheRestWent, boolean besideFeeColumn) {
        String when = UkFormats.shortDate(date);
        // The fee's words are of what this names: the whole payment, or this part's own share of what arrived ("£43.20
        // of £45.00"), never the whole payment's figure beside a part of it.
        boolean aPart = !counted.isZero() && !counted.equals(whole);
        String fee = !sayFee || !feeTaken() ? ""
                : aPart ? Words.text(besideFeeColumn ? "arrears.arrival.afterFeePartBesideColumn"
                        : "arrears.arrival.afterFeePart", share.format(), received.format())
                : Words.text(besideFeeColumn ? "arrears.arrival.afterFeeBesideColumn" : "arrears.arrival.afterFee",
                        received.format());
        String onWhen = fee.isEmpty() ? Words.text("arrears.arrival.on", when)
                : Words.text("arrears.arrival.onWithFee", when, fee);
        if (counted.isZero()) {
            String where = towardsSettlement.equals(whole) ? Words.text("arrears.arrival.allToSettlement")
                    : keptAsCredit.isZero() ? forOtherDue.map(due -> Words.text("arrears.arrival.allForOtherDue",
                            UkFormats.shortDate(due))).orElse(Words.text("arrears.arrival.allTowardsArrears"))
                    : towardsArrears.isZero() ? Words.text("arrears.arrival.allKeptAsCredit")
                    : Words.text("arrears.arrival.allSplit", towardsArrears.format(), keptAsCredit.format());
            return whole.format() + onWhen + where;
        }
        String part = counted.equals(whole) ? counted.format()
                : Words.text("arrears.arrival.partOf", counted.format(), whole.format());
        return switch (how) {
            case IN_PERIOD -> !whereTheRestWent ? part + onWhen : part + onWhen
                    + (towardsSettlement.isZero() ? ""
                            : Words.text("arrears.arrival.plusSettlement", towardsSettlement.format()))
                    + (towardsArrears.equals(towardsSettlement) ? ""
                            : Words.text("arrears.arrival.plusArrears", towardsArrears.minus(towardsSettlement).format()))
                    + (keptAsCredit.isZero() ? "" : Words.text("arrears.arrival.plusCredit", keptAsCredit.format()));
            case FROM_CREDIT -> part + (fee.isEmpty() ? Words.text("arrears.arrival.paidAhead", when)
                    : Words.text("arrears.arrival.paidAheadWithFee", when, fee));
            case LATER -> part + (fee.isEmpty() ? Words.text("arrears.arrival.later", when)
                    : Words.text("arrears.arrival.laterWithFee", when, fee));
            case SETTLEMENT -> part + (fee.isEmpty() ? Words.text("arrears.arrival.settlement", when)
                    : Words.text("arrears.arrival.settlementWithFee", when, fee));
            case LINKED -> part + (fee.isEmpty() ? Words.text("arrears.arrival.linked", when)
                    : Words.text("arrears.arrival.linkedWithFee", when, fee));
        };
    }
}
