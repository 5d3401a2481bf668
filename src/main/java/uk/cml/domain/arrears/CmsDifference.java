package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * The CMS's arrears figure set against this record's figure for the same date, on the same side of the Collect
 * and Pay fee, so a difference that is only the fee is never reported.
 *
 * @param appFigure  this record's figure: owed at the end of that day, or, given while a due was not missed yet,
 *                   owed without what was still to come of it then; after the fee when the basis is
 * @param difference {@code appFigure - cmsFigure}: positive when the CMS says less is owed than this record shows
 * @param feeApplies whether a Collect and Pay fee applied on that date (if not, the basis is not worth saying)
 * @param leftOut    what this record's figure leaves out of a due not late yet on that day (zero for most): the Due
 *                   payments list's balance for the day counts it, so the words say why the two differ
 * @param otherDaysOwed for a figure after the fee, the part owed that fell due before the case was under Collect and
 *                   Pay and that the CMS can collect now (zero for most): the CMS may take its fee from it (it takes
 *                   its fee from what it collects) or leave it to be paid to the parent whole, so the words say which
 *                   way this record's figure was worked ({@link FeeRule#afterFeeOnDuesStated})
 * @param feeOnOtherDays whether this record's figure counts the fee on {@code otherDaysOwed}
 */
public record CmsDifference(LocalDate date, Money cmsFigure, Money appFigure, Money difference, FeeBasis basis,
        boolean feeApplies, Money leftOut, Money otherDaysOwed, boolean feeOnOtherDays) {

    public CmsDifference(LocalDate date, Money cmsFigure, Money appFigure, Money difference, FeeBasis basis,
            boolean feeApplies) {
        this(date, cmsFigure, appFigure, difference, basis, feeApplies, Money.ZERO);
    }

    public CmsDifference(LocalDate date, Money cmsFigure, Money appFigure, Money difference, FeeBasis basis,
            boolean feeApplies, Money leftOut) {
        this(date, cmsFigure, appFigure, difference, basis, feeApplies, leftOut, Money.ZERO, true);
    }

    static CmsDifference of(LocalDate date, Money cmsFigure, Money appFigure, FeeBasis basis, boolean feeApplies,
            Money leftOut) {
        return of(date, cmsFigure, appFigure, basis, feeApplies, leftOut, Money.ZERO, true);
    }

    static CmsDifference of(LocalDate date, Money cmsFigure, Money appFigure, FeeBasis basis, boolean feeApplies,
            Money leftOut, Money otherDaysOwed, boolean feeOnOtherDays) {
        return new CmsDifference(date, cmsFigure, appFigure, appFigure.minus(cmsFigure), basis, feeApplies,
                leftOut, otherDaysOwed, feeOnOtherDays);
    }

    /**
     * For a figure after the fee with arrears of days before Collect and Pay in it, which way this record worked
     * them: "This record counts the Collect and Pay fee on the £300.00 that fell due before the case was under
     * Collect and Pay, as the CMS takes its fee from what it collects." or "This record matches the CMS's figure
     * with no fee on the £300.00 ..., as if that part is paid to you directly."; empty otherwise.
     */
    public java.util.Optional<String> otherDaysWords() {
        if (basis != FeeBasis.AFTER_FEE || !feeApplies || !otherDaysOwed.isPositive()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Words.text(feeOnOtherDays ? "arrears.cmsDifference.feeOnOtherDays"
                : "arrears.cmsDifference.noFeeOnOtherDays", otherDaysOwed.format()));
    }

    /**
     * Why this record's figure is not the balance the Due payments list shows for the day, when it leaves out part of
     * a due not late yet and the CMS's figure differs: "This record leaves out £50.00 of a payment that was not late
     * yet that day: counting it, it shows £80.00."; empty otherwise.
     */
    public java.util.Optional<String> leftOutWords() {
        return leftOut.isPositive() && !difference.isZero()
                ? java.util.Optional.of(Words.text("arrears.cmsDifference.leavingOut", leftOut.format(),
                        shown(appFigure.plus(leftOut))))
                : java.util.Optional.empty();
    }

    /** One plain sentence for a screen or letter, with the date and which figure on both sides. */
    public String describe() {
        String on = UkFormats.shortDate(date);
        String start = feeApplies
                ? Words.text("arrears.cmsDifference.saidOnBasis", on, cmsFigure.format(), basis.label(),
                        shown(appFigure))
                : Words.text("arrears.cmsDifference.said", on, cmsFigure.format(), shown(appFigure));
        String said;
        if (difference.isZero()) {
            said = Words.text("arrears.cmsDifference.agree", start);
        } else {
            String gap = gap().format();
            String differs = difference.isPositive() ? Words.text("arrears.cmsDifference.less", start, gap)
                    : Words.text("arrears.cmsDifference.more", start, gap);
            said = leftOutWords().map(why -> differs + " " + why).orElse(differs);
        }
        return otherDaysWords().map(how -> said + " " + how).orElse(said);
    }

    /**
     * The difference in words, for a "Difference" field beside the two figures: "£6.25 more in the CMS figure",
     * never a signed sum ("-£6.25" beside "the CMS figure is £6.25 more" reads as a contradiction).
     */
    public String gapWords() {
        return difference.isZero() ? Words.text("arrears.cmsDifference.none")
                : Words.text(difference.isPositive() ? "arrears.cmsDifference.lessInCms"
                : "arrears.cmsDifference.moreInCms", gap().format());
    }

    /** This record's figure in a sentence: credit as "nothing owed (payments £300.00 ahead)", never "-£300.00". */
    private static String shown(Money figure) {
        return figure.isNegative() ? Words.text("arrears.cmsDifference.inCredit", figure.negate().format())
                : figure.format();
    }

    private Money gap() {
        return difference.max(difference.negate());
    }
}
