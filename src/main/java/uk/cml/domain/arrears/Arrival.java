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
     * "£300.00 on 26 Jul 2026 (you said it was for this due)". Under Collect and Pay every amount is what reached the
     * parent after the CMS fee, as on the bank statement, and what the CMS counted for it before the fee (the terms
     * of the dues) is named as such: "£49.80 on 18 Sep 2026 (£51.87 before the CMS fee)", "£49.80 of £99.60 on 27 Nov
     * 2026 (£51.87 of £103.74 before the CMS fee) + £49.80 kept as credit".
     */
    public String describe() {
        return describe(true, null);
    }

    /**
     * Only the part counted for the due it is listed against ({@link ScheduleLine#arrivedTextBesideExpected()}):
     * "£50.00 of £80.00 on 12 Jan 2026", without what of it went to older arrears or was kept as credit, which the
     * dues it paid name. {@code afterFeeShown}: the figure a table's "After fee" column gives beside it, or null where
     * there is none (the words then are {@link #describe()}'s). Beside it, under Collect and Pay, the amount is this
     * part's share of what reached the parent ("£49.80 of £99.60 on 27 Nov 2026"); only a share that is not the
     * column's figure says what the CMS counted for it before the fee, "£41.00 on 12 Jan 2026 (£42.71 before fee)", as
     * the row's Status and Balance count that, and without it the row's sums could not be followed.
     */
    public String describeCounted(Money afterFeeShown) {
        return describe(false, afterFeeShown);
    }

    /**
     * {@code besideColumn}: the figure of a column headed "After fee" beside these words, whose heading names the fee,
     * so the words say "(£42.71 before fee)": at 1024 wide under Collect and Pay the longer words took What arrived
     * onto a third line, which its two-line rows cut. Null for the words on their own (a sentence, a spreadsheet).
     */
    private String describe(boolean whereTheRestWent, Money besideColumn) {
        String when = UkFormats.shortDate(date);
        boolean fee = feeTaken();
        // Under Collect and Pay what arrived is what reached the parent: this part's own share of it ("£43.20 of
        // £45.00"), never the CMS's before-fee figure as if it had arrived ("£310.00 on 30 Jan" when £297.60 did).
        Money arrived = !fee ? counted : share;
        Money ofWhole = !fee ? whole : received;
        boolean aPart = !counted.isZero() && !counted.equals(whole);
        boolean sayBefore = fee && (besideColumn == null || counted.isZero() || !share.equals(besideColumn));
        String before = !sayBefore ? ""
                : aPart ? Words.text(besideColumn != null ? "arrears.arrival.beforeFeePartBesideColumn"
                        : "arrears.arrival.beforeFeePart", counted.format(), whole.format())
                : Words.text(besideColumn != null ? "arrears.arrival.beforeFeeBesideColumn" : "arrears.arrival.beforeFee",
                        whole.format());
        String onWhen = before.isEmpty() ? Words.text("arrears.arrival.on", when)
                : Words.text("arrears.arrival.onWithFee", when, before);
        Money[] rest = restAsArrived();
        Money toSettlement = rest[0];
        Money toArrears = rest[1];
        Money toCredit = rest[2];
        if (counted.isZero()) {
            String where = towardsSettlement.equals(whole) ? Words.text("arrears.arrival.allToSettlement")
                    : keptAsCredit.isZero() ? forOtherDue.map(due -> Words.text("arrears.arrival.allForOtherDue",
                            UkFormats.shortDate(due))).orElse(Words.text("arrears.arrival.allTowardsArrears"))
                    : towardsArrears.isZero() ? Words.text("arrears.arrival.allKeptAsCredit")
                    : Words.text("arrears.arrival.allSplit", toSettlement.plus(toArrears).format(), toCredit.format());
            return ofWhole.format() + onWhen + where;
        }
        String part = counted.equals(whole) ? arrived.format()
                : Words.text("arrears.arrival.partOf", arrived.format(), ofWhole.format());
        return switch (how) {
            case IN_PERIOD -> !whereTheRestWent ? part + onWhen : part + onWhen
                    + (towardsSettlement.isZero() ? ""
                            : Words.text("arrears.arrival.plusSettlement", toSettlement.format()))
                    + (towardsArrears.equals(towardsSettlement) ? ""
                            : Words.text("arrears.arrival.plusArrears", toArrears.format()))
                    + (keptAsCredit.isZero() ? "" : Words.text("arrears.arrival.plusCredit", toCredit.format()));
            case FROM_CREDIT -> part + (before.isEmpty() ? Words.text("arrears.arrival.paidAhead", when)
                    : Words.text("arrears.arrival.paidAheadWithFee", when, before));
            case LATER -> part + (before.isEmpty() ? Words.text("arrears.arrival.later", when)
                    : Words.text("arrears.arrival.laterWithFee", when, before));
            case SETTLEMENT -> part + (before.isEmpty() ? Words.text("arrears.arrival.settlement", when)
                    : Words.text("arrears.arrival.settlementWithFee", when, before));
            case LINKED -> part + (before.isEmpty() ? Words.text("arrears.arrival.linked", when)
                    : Words.text("arrears.arrival.linkedWithFee", when, before));
        };
    }

    /**
     * What of this payment went under the settlement, to other older arrears and was kept as credit, in the same
     * terms as what arrived: as counted with no fee; under Collect and Pay, of what reached the parent, what this
     * due's share left ({@code received} less {@code share}) shared out in proportion, the last part taking what is
     * left, so "£49.80 of £99.60 on 27 Nov 2026 + £49.80 kept as credit" adds up to what arrived, no penny lost.
     */
    private Money[] restAsArrived() {
        Money[] asCounted = {towardsSettlement, towardsArrears.minus(towardsSettlement), keptAsCredit};
        long restCounted = towardsArrears.pence() + keptAsCredit.pence();
        if (!feeTaken() || restCounted <= 0) {
            return asCounted;
        }
        long restArrived = counted.pence() + restCounted == whole.pence() ? received.pence() - share.pence()
                : Math.round((double) restCounted * received.pence() / whole.pence());
        Money[] arrived = new Money[3];
        long countedSoFar = 0;
        long arrivedSoFar = 0;
        for (int i = 0; i < 3; i++) {
            countedSoFar += asCounted[i].pence();
            long upTo = countedSoFar == restCounted ? restArrived
                    : Math.round((double) countedSoFar * restArrived / restCounted);
            arrived[i] = Money.ofPence(asCounted[i].isZero() ? 0 : upTo - arrivedSoFar);
            arrivedSoFar = asCounted[i].isZero() ? arrivedSoFar : upTo;
        }
        return arrived;
    }
}
