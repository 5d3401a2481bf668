package uk.cml.letters.templates;

import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.FeeBasis;

/**
 * What a letter says of the CMS's own arrears figure, in the same words in every letter that quotes it (the request
 * for a breakdown, the report of missed payments): the last figure the CMS gave, the day it gave it as at, and, when
 * they differ, what the parent's records show on that same day and by how much. Only the two figures and their
 * difference are stated: the app cannot know why they differ, so no letter says.
 */
final class CmsFigureWords {

    private CmsFigureWords() {
    }

    /** "£531.50 owed", "nothing owed", or "nothing owed, and payments £20.00 ahead,": what a balance means. */
    static String owed(Money balance) {
        return balance.isPositive() ? balance.format() + " owed"
                : balance.isNegative() ? "nothing owed, and payments " + balance.negate().format() + " ahead,"
                : "nothing owed";
    }

    /**
     * "The last arrears figure you gave me was £310.50, as at 4 October 2026. On that date my own records show
     * £400.00 owed: £89.50 more than your figure.", or nothing when the records hold no CMS figure.
     */
    static Optional<String> lastFigure(DraftWriter w, ArrearsDetails arrears) {
        return arrears.cmsFigure().map(cms -> {
            String basis = cms.feeApplies() ? (cms.basis() == FeeBasis.AFTER_FEE ? ", after the Collect and Pay fee"
                    : ", before the Collect and Pay fee") : "";
            String said = "The last arrears figure you gave me was " + cms.cmsFigure().format() + basis
                    + ", as at " + w.date(cms.date()) + ".";
            return said + " " + compared(cms);
        });
    }

    /** What the records show on the figure's day, on the same side of the fee, against the CMS's figure. */
    private static String compared(CmsDifference cms) {
        Money gap = cms.difference();
        if (gap.isZero()) {
            return "My own records show the same figure on that date.";
        }
        String mine = owed(cms.appFigure());
        // "ahead," ends in a comma of its own: the gap follows it after a space.
        String joined = mine.endsWith(",") ? mine + " " : mine + ": ";
        String said = "On that date my own records show " + joined + gap.max(gap.negate()).format()
                + (gap.isPositive() ? " more" : " less") + " than your figure.";
        // The figure the CMS can check too: its day's balance counting a payment due then, not late yet.
        String withLeftOut = cms.leftOut().isPositive() ? said + " That leaves out " + cms.leftOut().format()
                + " of a payment that was not late yet that day: counting it, my records show "
                + cms.appFigure().plus(cms.leftOut()).format() + "." : said;
        // How an after-fee figure was worked on arrears from before Collect and Pay, so the CMS can check it.
        return cms.otherDaysWords().isPresent() && cms.feeOnOtherDays()
                ? withLeftOut + " My figure takes your fee from the " + cms.otherDaysOwed().format() + " that fell due "
                        + "before our case was under Collect and Pay as well, as your fee is taken from what you collect."
                : withLeftOut;
    }
}
