package uk.cml.ui.caseinfo;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.ui.common.Messages;

/**
 * A saved case's latest Collect and Pay rate, and the checks on a corrected first day for it. Page model: no window
 * needed. A rate announced for a later day may be recorded ahead, so a day after today is allowed.
 */
final class LatestRate {

    private final FeeRule saved;

    LatestRate(FeeRule saved) {
        this.saved = saved;
    }

    /** Whether the rate has changed, so the day the latest rate began can be corrected. */
    boolean canCorrect() {
        return saved.rateHasChanged();
    }

    /** What the button says: "Correct the day the 2% fee began". */
    String correctText() {
        return Messages.text("caseinfo.latestRate.correct", latest());
    }

    /** The label of the field with the day the latest rate began. */
    String label() {
        return Messages.text("caseinfo.latestRate.label", latest());
    }

    /** What is wrong with a corrected first day for the latest rate, if anything. */
    Optional<String> problem(Optional<LocalDate> date, boolean unreadable) {
        if (unreadable) {
            return Optional.of(Messages.text("caseinfo.arrangementForm.feeDateNotReadable"));
        }
        if (date.isEmpty()) {
            return Optional.of(Messages.text("caseinfo.latestRate.enterTheDay"));
        }
        if (saved.latestRateRedatable(date.get())) {
            return Optional.empty();
        }
        LocalDate before = saved.beforeLatestRate();
        return Optional.of(Messages.text("caseinfo.latestRate.afterTheRateBefore",
                FeeHistoryText.percent(saved.rateOn(before)), UkFormats.shortDate(before)));
    }

    private String latest() {
        return FeeHistoryText.percent(saved.rateOn(LocalDate.MAX));
    }
}
