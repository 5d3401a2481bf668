package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/**
 * The CMS's arrears figure set against this record's figure for the same date, on the same side of the Collect
 * and Pay fee, so a difference that is only the fee is never reported.
 *
 * @param difference {@code appFigure - cmsFigure}: positive when the CMS says less is owed than this record shows
 * @param feeApplies whether a Collect and Pay fee applied on that date (if not, the basis is not worth saying)
 */
public record CmsDifference(LocalDate date, Money cmsFigure, Money appFigure, Money difference, FeeBasis basis,
        boolean feeApplies) {

    static CmsDifference of(LocalDate date, Money cmsFigure, Money appFigure, FeeBasis basis, boolean feeApplies) {
        return new CmsDifference(date, cmsFigure, appFigure, appFigure.minus(cmsFigure), basis, feeApplies);
    }

    /** One plain sentence for a screen or letter, with the date and which figure on both sides. */
    public String describe() {
        String which = feeApplies ? ", " + basis.label() : "";
        String on = UkFormats.shortDate(date);
        String start = "On " + on + " the CMS said the arrears were " + cmsFigure.format() + which
                + ". This record shows " + appFigure.format() + " on " + on + (feeApplies ? ", on the same basis" : "");
        if (difference.isZero()) {
            return start + ": the figures agree.";
        }
        String direction = difference.isPositive() ? "less" : "more";
        return start + ". The CMS figure is " + difference.max(difference.negate()).format() + " " + direction
                + " than this record.";
    }
}
