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

    /**
     * For a letter about one day (a call): the CMS's figure for that day, when the records show a different one, said
     * plainly as not agreed ("I do not agree with the arrears figure of £95.00, before the Collect and Pay fee, as at
     * 13 November 2026. My records show £122.20 owed on 13 November 2026: £27.20 more than your figure."), so a
     * letter that sets down what was said is never read as accepting it. A figure above the records' is said not to
     * match them, without claiming it is wrong (the records may lack a payment's due, or the CMS may know more).
     * Empty when the two agree.
     */
    static Optional<String> notAgreed(DraftWriter w, CmsDifference cms) {
        Money gap = cms.difference();
        if (gap.isZero()) {
            return Optional.empty();
        }
        String figure = figure(w, cms);
        String mine = "My records show " + owed(cms.appFigure()) + " on " + w.date(cms.date()) + ": "
                + gap.max(gap.negate()).format() + (gap.isPositive() ? " more" : " less") + " than your figure.";
        String leftOut = cms.leftOut().isPositive() ? " That leaves out " + cms.leftOut().format() + " of a payment "
                + "that was not late yet that day: counting it, my records show " + cms.appFigure().plus(cms.leftOut())
                .format() + "." : "";
        String start = gap.isPositive() ? "I do not agree with the arrears figure of " + figure + "."
                : "The arrears figure of " + figure + " is not what my records show.";
        return Optional.of(start + " " + mine + leftOut + " This letter sets down what was said on the call; it does "
                + "not accept that figure.");
    }

    /** The asking that goes with {@link #notAgreed}: how the CMS worked its figure out, to set against the records. */
    static String breakdownAsked(DraftWriter w, CmsDifference cms) {
        return "Check your arrears figure of " + cms.cmsFigure().format() + " as at " + w.date(cms.date())
                + " against my figure, set out below. If you still think yours is right, send me a breakdown of the "
                + "arrears showing how you worked it out.";
    }

    /** "£95.00, before the Collect and Pay fee, as at 13 November 2026"; the fee said only where one applied. */
    private static String figure(DraftWriter w, CmsDifference cms) {
        String basis = cms.feeApplies() ? (cms.basis() == FeeBasis.AFTER_FEE ? ", after the Collect and Pay fee,"
                : ", before the Collect and Pay fee,") : "";
        return cms.cmsFigure().format() + basis + " as at " + w.date(cms.date());
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
