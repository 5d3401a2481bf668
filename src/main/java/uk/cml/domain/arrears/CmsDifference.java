package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/**
 * The CMS's arrears figure set against this record's figure for the same date.
 *
 * @param difference {@code appFigure - cmsFigure}: positive when the CMS says less is owed than this record shows
 */
public record CmsDifference(LocalDate date, Money cmsFigure, Money appFigure, Money difference) {

    static CmsDifference of(LocalDate date, Money cmsFigure, Money appFigure) {
        return new CmsDifference(date, cmsFigure, appFigure, appFigure.minus(cmsFigure));
    }

    /** One plain sentence for a screen or letter. */
    public String describe() {
        String start = "On " + UkFormats.shortDate(date) + " the CMS said the arrears were " + cmsFigure.format()
                + ". This record shows " + appFigure.format() + " on that date";
        if (difference.isZero()) {
            return start + ": the figures agree.";
        }
        String direction = difference.isPositive() ? "less" : "more";
        return start + ". The CMS figure is " + difference.max(difference.negate()).format() + " " + direction
                + " than this record.";
    }
}
